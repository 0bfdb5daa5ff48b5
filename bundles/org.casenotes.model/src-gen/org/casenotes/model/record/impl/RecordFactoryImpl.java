/**
 */
package org.casenotes.model.record.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.casenotes.model.record.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RecordFactoryImpl extends EFactoryImpl implements RecordFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static RecordFactory init() {
		try {
			RecordFactory theRecordFactory = (RecordFactory)EPackage.Registry.INSTANCE.getEFactory(RecordPackage.eNS_URI);
			if (theRecordFactory != null) {
				return theRecordFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new RecordFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RecordFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case RecordPackage.AGENCY: return createAgency();
			case RecordPackage.CLINICIAN: return createClinician();
			case RecordPackage.CLIENT: return createClient();
			case RecordPackage.CONTACT_DETAILS: return createContactDetails();
			case RecordPackage.COVERAGE: return createCoverage();
			case RecordPackage.DIAGNOSIS: return createDiagnosis();
			case RecordPackage.EPISODE_OF_CARE: return createEpisodeOfCare();
			case RecordPackage.TREATMENT_PLAN: return createTreatmentPlan();
			case RecordPackage.PROBLEM: return createProblem();
			case RecordPackage.GOAL: return createGoal();
			case RecordPackage.OBJECTIVE: return createObjective();
			case RecordPackage.INTERVENTION: return createIntervention();
			case RecordPackage.SESSION: return createSession();
			case RecordPackage.TELEHEALTH_DETAILS: return createTelehealthDetails();
			case RecordPackage.PARTICIPANT: return createParticipant();
			case RecordPackage.GROUP_VALUE: return createGroupValue();
			case RecordPackage.GROUP_ROW: return createGroupRow();
			case RecordPackage.NOTE: return createNote();
			case RecordPackage.SIGNATURE: return createSignature();
			case RecordPackage.ADDENDUM: return createAddendum();
			case RecordPackage.REVIEW_COMMENT: return createReviewComment();
			case RecordPackage.TEXT_VALUE: return createTextValue();
			case RecordPackage.NUMBER_VALUE: return createNumberValue();
			case RecordPackage.BOOLEAN_VALUE: return createBooleanValue();
			case RecordPackage.DATE_VALUE: return createDateValue();
			case RecordPackage.TIME_VALUE: return createTimeValue();
			case RecordPackage.DATE_TIME_VALUE: return createDateTimeValue();
			case RecordPackage.DURATION_VALUE: return createDurationValue();
			case RecordPackage.CHOICE_VALUE: return createChoiceValue();
			case RecordPackage.GOAL_REFERENCE_VALUE: return createGoalReferenceValue();
			case RecordPackage.MEASURE_RESULT: return createMeasureResult();
			case RecordPackage.ITEM_ANSWER: return createItemAnswer();
			case RecordPackage.LETTER: return createLetter();
			case RecordPackage.PSYCHOTHERAPY_NOTEBOOK: return createPsychotherapyNotebook();
			case RecordPackage.AUDIT_EVENT: return createAuditEvent();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case RecordPackage.CLINICIAN_ROLE:
				return createClinicianRoleFromString(eDataType, initialValue);
			case RecordPackage.CLIENT_STATUS:
				return createClientStatusFromString(eDataType, initialValue);
			case RecordPackage.EPISODE_STATUS:
				return createEpisodeStatusFromString(eDataType, initialValue);
			case RecordPackage.PLAN_STATUS:
				return createPlanStatusFromString(eDataType, initialValue);
			case RecordPackage.GOAL_STATUS:
				return createGoalStatusFromString(eDataType, initialValue);
			case RecordPackage.MODALITY:
				return createModalityFromString(eDataType, initialValue);
			case RecordPackage.TELEHEALTH_MODE:
				return createTelehealthModeFromString(eDataType, initialValue);
			case RecordPackage.NOTE_STATUS:
				return createNoteStatusFromString(eDataType, initialValue);
			case RecordPackage.VALUE_PROVENANCE:
				return createValueProvenanceFromString(eDataType, initialValue);
			case RecordPackage.AUDIT_ACTION:
				return createAuditActionFromString(eDataType, initialValue);
			case RecordPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			case RecordPackage.LOCAL_TIME:
				return createLocalTimeFromString(eDataType, initialValue);
			case RecordPackage.LOCAL_DATE_TIME:
				return createLocalDateTimeFromString(eDataType, initialValue);
			case RecordPackage.INSTANT:
				return createInstantFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case RecordPackage.CLINICIAN_ROLE:
				return convertClinicianRoleToString(eDataType, instanceValue);
			case RecordPackage.CLIENT_STATUS:
				return convertClientStatusToString(eDataType, instanceValue);
			case RecordPackage.EPISODE_STATUS:
				return convertEpisodeStatusToString(eDataType, instanceValue);
			case RecordPackage.PLAN_STATUS:
				return convertPlanStatusToString(eDataType, instanceValue);
			case RecordPackage.GOAL_STATUS:
				return convertGoalStatusToString(eDataType, instanceValue);
			case RecordPackage.MODALITY:
				return convertModalityToString(eDataType, instanceValue);
			case RecordPackage.TELEHEALTH_MODE:
				return convertTelehealthModeToString(eDataType, instanceValue);
			case RecordPackage.NOTE_STATUS:
				return convertNoteStatusToString(eDataType, instanceValue);
			case RecordPackage.VALUE_PROVENANCE:
				return convertValueProvenanceToString(eDataType, instanceValue);
			case RecordPackage.AUDIT_ACTION:
				return convertAuditActionToString(eDataType, instanceValue);
			case RecordPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			case RecordPackage.LOCAL_TIME:
				return convertLocalTimeToString(eDataType, instanceValue);
			case RecordPackage.LOCAL_DATE_TIME:
				return convertLocalDateTimeToString(eDataType, instanceValue);
			case RecordPackage.INSTANT:
				return convertInstantToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agency createAgency() {
		AgencyImpl agency = new AgencyImpl();
		return agency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Clinician createClinician() {
		ClinicianImpl clinician = new ClinicianImpl();
		return clinician;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Client createClient() {
		ClientImpl client = new ClientImpl();
		return client;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactDetails createContactDetails() {
		ContactDetailsImpl contactDetails = new ContactDetailsImpl();
		return contactDetails;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Coverage createCoverage() {
		CoverageImpl coverage = new CoverageImpl();
		return coverage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Diagnosis createDiagnosis() {
		DiagnosisImpl diagnosis = new DiagnosisImpl();
		return diagnosis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EpisodeOfCare createEpisodeOfCare() {
		EpisodeOfCareImpl episodeOfCare = new EpisodeOfCareImpl();
		return episodeOfCare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TreatmentPlan createTreatmentPlan() {
		TreatmentPlanImpl treatmentPlan = new TreatmentPlanImpl();
		return treatmentPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Problem createProblem() {
		ProblemImpl problem = new ProblemImpl();
		return problem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Goal createGoal() {
		GoalImpl goal = new GoalImpl();
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Objective createObjective() {
		ObjectiveImpl objective = new ObjectiveImpl();
		return objective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Intervention createIntervention() {
		InterventionImpl intervention = new InterventionImpl();
		return intervention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Session createSession() {
		SessionImpl session = new SessionImpl();
		return session;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TelehealthDetails createTelehealthDetails() {
		TelehealthDetailsImpl telehealthDetails = new TelehealthDetailsImpl();
		return telehealthDetails;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Participant createParticipant() {
		ParticipantImpl participant = new ParticipantImpl();
		return participant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GroupValue createGroupValue() {
		GroupValueImpl groupValue = new GroupValueImpl();
		return groupValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GroupRow createGroupRow() {
		GroupRowImpl groupRow = new GroupRowImpl();
		return groupRow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Note createNote() {
		NoteImpl note = new NoteImpl();
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signature createSignature() {
		SignatureImpl signature = new SignatureImpl();
		return signature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Addendum createAddendum() {
		AddendumImpl addendum = new AddendumImpl();
		return addendum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewComment createReviewComment() {
		ReviewCommentImpl reviewComment = new ReviewCommentImpl();
		return reviewComment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TextValue createTextValue() {
		TextValueImpl textValue = new TextValueImpl();
		return textValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NumberValue createNumberValue() {
		NumberValueImpl numberValue = new NumberValueImpl();
		return numberValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BooleanValue createBooleanValue() {
		BooleanValueImpl booleanValue = new BooleanValueImpl();
		return booleanValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DateValue createDateValue() {
		DateValueImpl dateValue = new DateValueImpl();
		return dateValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeValue createTimeValue() {
		TimeValueImpl timeValue = new TimeValueImpl();
		return timeValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DateTimeValue createDateTimeValue() {
		DateTimeValueImpl dateTimeValue = new DateTimeValueImpl();
		return dateTimeValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DurationValue createDurationValue() {
		DurationValueImpl durationValue = new DurationValueImpl();
		return durationValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChoiceValue createChoiceValue() {
		ChoiceValueImpl choiceValue = new ChoiceValueImpl();
		return choiceValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GoalReferenceValue createGoalReferenceValue() {
		GoalReferenceValueImpl goalReferenceValue = new GoalReferenceValueImpl();
		return goalReferenceValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasureResult createMeasureResult() {
		MeasureResultImpl measureResult = new MeasureResultImpl();
		return measureResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemAnswer createItemAnswer() {
		ItemAnswerImpl itemAnswer = new ItemAnswerImpl();
		return itemAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Letter createLetter() {
		LetterImpl letter = new LetterImpl();
		return letter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PsychotherapyNotebook createPsychotherapyNotebook() {
		PsychotherapyNotebookImpl psychotherapyNotebook = new PsychotherapyNotebookImpl();
		return psychotherapyNotebook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AuditEvent createAuditEvent() {
		AuditEventImpl auditEvent = new AuditEventImpl();
		return auditEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClinicianRole createClinicianRoleFromString(EDataType eDataType, String initialValue) {
		ClinicianRole result = ClinicianRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertClinicianRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClientStatus createClientStatusFromString(EDataType eDataType, String initialValue) {
		ClientStatus result = ClientStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertClientStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EpisodeStatus createEpisodeStatusFromString(EDataType eDataType, String initialValue) {
		EpisodeStatus result = EpisodeStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEpisodeStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanStatus createPlanStatusFromString(EDataType eDataType, String initialValue) {
		PlanStatus result = PlanStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GoalStatus createGoalStatusFromString(EDataType eDataType, String initialValue) {
		GoalStatus result = GoalStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGoalStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Modality createModalityFromString(EDataType eDataType, String initialValue) {
		Modality result = Modality.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertModalityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TelehealthMode createTelehealthModeFromString(EDataType eDataType, String initialValue) {
		TelehealthMode result = TelehealthMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTelehealthModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NoteStatus createNoteStatusFromString(EDataType eDataType, String initialValue) {
		NoteStatus result = NoteStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNoteStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ValueProvenance createValueProvenanceFromString(EDataType eDataType, String initialValue) {
		ValueProvenance result = ValueProvenance.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertValueProvenanceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AuditAction createAuditActionFromString(EDataType eDataType, String initialValue) {
		AuditAction result = AuditAction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAuditActionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null ? null : java.time.LocalDate.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalTime createLocalTime(final String it) {
		return it == null ? null : java.time.LocalTime.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalTime createLocalTimeFromString(EDataType eDataType, String initialValue) {
		return createLocalTime(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalTime(final LocalTime it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalTimeToString(EDataType eDataType, Object instanceValue) {
		return convertLocalTime((LocalTime)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDateTime createLocalDateTime(final String it) {
		return it == null ? null : java.time.LocalDateTime.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDateTime createLocalDateTimeFromString(EDataType eDataType, String initialValue) {
		return createLocalDateTime(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateTime(final LocalDateTime it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateTimeToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDateTime((LocalDateTime)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstant(final String it) {
		return it == null ? null : java.time.Instant.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstantFromString(EDataType eDataType, String initialValue) {
		return createInstant(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstant(final Instant it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstantToString(EDataType eDataType, Object instanceValue) {
		return convertInstant((Instant)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecordPackage getRecordPackage() {
		return (RecordPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static RecordPackage getPackage() {
		return RecordPackage.eINSTANCE;
	}

} //RecordFactoryImpl
