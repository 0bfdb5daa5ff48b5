/**
 */
package org.casenotes.model.record;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The clinical record: agency, clinicians, clients with their plans, sessions, notes, measures and letters; psychotherapy notes and audit events kept apart.
 * <!-- end-model-doc -->
 * @see org.casenotes.model.record.RecordFactory
 * @model kind="package"
 * @generated
 */
public interface RecordPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "record";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://casenotes.org/model/record/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "record";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RecordPackage eINSTANCE = org.casenotes.model.record.impl.RecordPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.IdentifiedImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.AgencyImpl <em>Agency</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.AgencyImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getAgency()
	 * @generated
	 */
	int AGENCY = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__ADDRESS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__PHONE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Signing Window Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__SIGNING_WINDOW_DAYS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Clinicians</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__CLINICIANS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Clients</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__CLIENTS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Agency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Agency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.ClinicianImpl <em>Clinician</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.ClinicianImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getClinician()
	 * @generated
	 */
	int CLINICIAN = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLINICIAN__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLINICIAN__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Credentials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLINICIAN__CREDENTIALS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>License Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLINICIAN__LICENSE_NUMBER = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>License State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLINICIAN__LICENSE_STATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLINICIAN__ROLE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Supervisor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLINICIAN__SUPERVISOR_ID = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Clinician</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLINICIAN_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Clinician</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLINICIAN_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.ClientImpl <em>Client</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.ClientImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getClient()
	 * @generated
	 */
	int CLIENT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Legal Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__LEGAL_NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Preferred Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__PREFERRED_NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Pronouns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__PRONOUNS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date Of Birth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__DATE_OF_BIRTH = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__STATUS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Primary Clinician Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__PRIMARY_CLINICIAN_ID = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__CONTACT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Coverages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__COVERAGES = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Diagnoses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__DIAGNOSES = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Episodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__EPISODES = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Sessions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__SESSIONS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__NOTES = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Measure Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__MEASURE_RESULTS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Letters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__LETTERS = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Client</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Client</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.ContactDetailsImpl <em>Contact Details</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.ContactDetailsImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getContactDetails()
	 * @generated
	 */
	int CONTACT_DETAILS = 4;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__PHONE = 0;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__EMAIL = 1;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__ADDRESS = 2;

	/**
	 * The feature id for the '<em><b>May Leave Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__MAY_LEAVE_MESSAGE = 3;

	/**
	 * The feature id for the '<em><b>Emergency Contact Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__EMERGENCY_CONTACT_NAME = 4;

	/**
	 * The feature id for the '<em><b>Emergency Contact Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS__EMERGENCY_CONTACT_PHONE = 5;

	/**
	 * The number of structural features of the '<em>Contact Details</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Contact Details</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAILS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.CoverageImpl <em>Coverage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.CoverageImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getCoverage()
	 * @generated
	 */
	int COVERAGE = 5;

	/**
	 * The feature id for the '<em><b>Payer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE__PAYER_NAME = 0;

	/**
	 * The feature id for the '<em><b>Payer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE__PAYER_ID = 1;

	/**
	 * The feature id for the '<em><b>Member Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE__MEMBER_ID = 2;

	/**
	 * The feature id for the '<em><b>Group Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE__GROUP_NUMBER = 3;

	/**
	 * The feature id for the '<em><b>Primary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE__PRIMARY = 4;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE__START_DATE = 5;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE__END_DATE = 6;

	/**
	 * The number of structural features of the '<em>Coverage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Coverage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.DiagnosisImpl <em>Diagnosis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.DiagnosisImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getDiagnosis()
	 * @generated
	 */
	int DIAGNOSIS = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Icd10 Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS__ICD10_CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Primary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS__PRIMARY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Diagnosed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS__DIAGNOSED_ON = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Resolved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS__RESOLVED_ON = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Onset On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS__ONSET_ON = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Diagnosis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Diagnosis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSIS_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.EpisodeOfCareImpl <em>Episode Of Care</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.EpisodeOfCareImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getEpisodeOfCare()
	 * @generated
	 */
	int EPISODE_OF_CARE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__START_DATE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__END_DATE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__STATUS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Referral Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__REFERRAL_SOURCE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Reason For Services</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__REASON_FOR_SERVICES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Primary Clinician Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__PRIMARY_CLINICIAN_ID = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Treatment Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__TREATMENT_PLANS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Intake On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE__INTAKE_ON = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Episode Of Care</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Episode Of Care</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPISODE_OF_CARE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.TreatmentPlanImpl <em>Treatment Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.TreatmentPlanImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getTreatmentPlan()
	 * @generated
	 */
	int TREATMENT_PLAN = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_PLAN__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_PLAN__VERSION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_PLAN__STATUS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Effective Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_PLAN__EFFECTIVE_DATE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Next Review Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_PLAN__NEXT_REVIEW_DATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Author Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_PLAN__AUTHOR_ID = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Note Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_PLAN__NOTE_ID = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Problems</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_PLAN__PROBLEMS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Treatment Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_PLAN_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Treatment Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_PLAN_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.ProblemImpl <em>Problem</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.ProblemImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getProblem()
	 * @generated
	 */
	int PROBLEM = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__STATEMENT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Diagnosis Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__DIAGNOSIS_CODE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM__GOALS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBLEM_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.GoalImpl <em>Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.GoalImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getGoal()
	 * @generated
	 */
	int GOAL = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__STATEMENT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__TARGET_DATE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__STATUS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__OBJECTIVES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.ObjectiveImpl <em>Objective</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.ObjectiveImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getObjective()
	 * @generated
	 */
	int OBJECTIVE = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__STATEMENT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__MEASURE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__TARGET_DATE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__STATUS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Interventions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__INTERVENTIONS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.InterventionImpl <em>Intervention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.InterventionImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getIntervention()
	 * @generated
	 */
	int INTERVENTION = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__FREQUENCY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Responsible Clinician Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__RESPONSIBLE_CLINICIAN_ID = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.SessionImpl <em>Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.SessionImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getSession()
	 * @generated
	 */
	int SESSION = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Episode Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__EPISODE_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Clinician Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__CLINICIAN_ID = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__DATE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__START_TIME = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Stop Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__STOP_TIME = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__MODALITY = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__SERVICE_TYPE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Place Of Service</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__PLACE_OF_SERVICE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Cpt Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__CPT_CODE = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Telehealth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__TELEHEALTH = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__PARTICIPANTS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.TelehealthDetailsImpl <em>Telehealth Details</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.TelehealthDetailsImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getTelehealthDetails()
	 * @generated
	 */
	int TELEHEALTH_DETAILS = 14;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEHEALTH_DETAILS__MODE = 0;

	/**
	 * The feature id for the '<em><b>Client Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEHEALTH_DETAILS__CLIENT_LOCATION = 1;

	/**
	 * The feature id for the '<em><b>Clinician Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEHEALTH_DETAILS__CLINICIAN_LOCATION = 2;

	/**
	 * The feature id for the '<em><b>Consent Obtained</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEHEALTH_DETAILS__CONSENT_OBTAINED = 3;

	/**
	 * The feature id for the '<em><b>Consent Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEHEALTH_DETAILS__CONSENT_DATE = 4;

	/**
	 * The number of structural features of the '<em>Telehealth Details</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEHEALTH_DETAILS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Telehealth Details</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEHEALTH_DETAILS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.ParticipantImpl <em>Participant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.ParticipantImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getParticipant()
	 * @generated
	 */
	int PARTICIPANT = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Relationship</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__RELATIONSHIP = 1;

	/**
	 * The feature id for the '<em><b>Client Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__CLIENT_ID = 2;

	/**
	 * The number of structural features of the '<em>Participant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Participant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.ValueHolder <em>Value Holder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.ValueHolder
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getValueHolder()
	 * @generated
	 */
	int VALUE_HOLDER = 16;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_HOLDER__VALUES = 0;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_HOLDER__GROUPS = 1;

	/**
	 * The number of structural features of the '<em>Value Holder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_HOLDER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Value Holder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_HOLDER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.GroupValueImpl <em>Group Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.GroupValueImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getGroupValue()
	 * @generated
	 */
	int GROUP_VALUE = 17;

	/**
	 * The feature id for the '<em><b>Group Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_VALUE__GROUP_ID = 0;

	/**
	 * The feature id for the '<em><b>Rows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_VALUE__ROWS = 1;

	/**
	 * The number of structural features of the '<em>Group Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Group Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.GroupRowImpl <em>Group Row</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.GroupRowImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getGroupRow()
	 * @generated
	 */
	int GROUP_ROW = 18;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_ROW__VALUES = VALUE_HOLDER__VALUES;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_ROW__GROUPS = VALUE_HOLDER__GROUPS;

	/**
	 * The number of structural features of the '<em>Group Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_ROW_FEATURE_COUNT = VALUE_HOLDER_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Group Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_ROW_OPERATION_COUNT = VALUE_HOLDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.NoteImpl <em>Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.NoteImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getNote()
	 * @generated
	 */
	int NOTE = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__VALUES = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__GROUPS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Client Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__CLIENT_ID = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Episode Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__EPISODE_ID = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Session Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__SESSION_ID = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Template Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__TEMPLATE_ID = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Template Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__TEMPLATE_VERSION = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Author Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__AUTHOR_ID = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__STATUS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__CREATED_AT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Date Of Service</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__DATE_OF_SERVICE = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Service End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__SERVICE_END = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Signature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__SIGNATURE = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Cosignature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__COSIGNATURE = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Addenda</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__ADDENDA = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Late Entry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__LATE_ENTRY = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Late Entry Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__LATE_ENTRY_REASON = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Review Comments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__REVIEW_COMMENTS = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The number of structural features of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The number of operations of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.SignatureImpl <em>Signature</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.SignatureImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getSignature()
	 * @generated
	 */
	int SIGNATURE = 20;

	/**
	 * The feature id for the '<em><b>Signer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__SIGNER_ID = 0;

	/**
	 * The feature id for the '<em><b>Signer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__SIGNER_NAME = 1;

	/**
	 * The feature id for the '<em><b>Credentials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__CREDENTIALS = 2;

	/**
	 * The feature id for the '<em><b>Signed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__SIGNED_AT = 3;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE__CONTENT_HASH = 4;

	/**
	 * The number of structural features of the '<em>Signature</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Signature</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.AddendumImpl <em>Addendum</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.AddendumImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getAddendum()
	 * @generated
	 */
	int ADDENDUM = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDENDUM__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Author Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDENDUM__AUTHOR_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDENDUM__CREATED_AT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDENDUM__REASON = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDENDUM__TEXT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDENDUM__CONTENT_HASH = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Addendum</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDENDUM_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Addendum</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDENDUM_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.ReviewCommentImpl <em>Review Comment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.ReviewCommentImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getReviewComment()
	 * @generated
	 */
	int REVIEW_COMMENT = 22;

	/**
	 * The feature id for the '<em><b>Reviewer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__REVIEWER_ID = 0;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__CREATED_AT = 1;

	/**
	 * The feature id for the '<em><b>Field Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__FIELD_ID = 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__TEXT = 3;

	/**
	 * The number of structural features of the '<em>Review Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Review Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.FieldValueImpl <em>Field Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.FieldValueImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getFieldValue()
	 * @generated
	 */
	int FIELD_VALUE = 23;

	/**
	 * The feature id for the '<em><b>Field Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_VALUE__FIELD_ID = 0;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_VALUE__PROVENANCE = 1;

	/**
	 * The feature id for the '<em><b>Carried From Note Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_VALUE__CARRIED_FROM_NOTE_ID = 2;

	/**
	 * The number of structural features of the '<em>Field Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_VALUE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Field Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.TextValueImpl <em>Text Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.TextValueImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getTextValue()
	 * @generated
	 */
	int TEXT_VALUE = 24;

	/**
	 * The feature id for the '<em><b>Field Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_VALUE__FIELD_ID = FIELD_VALUE__FIELD_ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_VALUE__PROVENANCE = FIELD_VALUE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Carried From Note Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_VALUE__CARRIED_FROM_NOTE_ID = FIELD_VALUE__CARRIED_FROM_NOTE_ID;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_VALUE__TEXT = FIELD_VALUE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Text Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_VALUE_FEATURE_COUNT = FIELD_VALUE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Text Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_VALUE_OPERATION_COUNT = FIELD_VALUE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.NumberValueImpl <em>Number Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.NumberValueImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getNumberValue()
	 * @generated
	 */
	int NUMBER_VALUE = 25;

	/**
	 * The feature id for the '<em><b>Field Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_VALUE__FIELD_ID = FIELD_VALUE__FIELD_ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_VALUE__PROVENANCE = FIELD_VALUE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Carried From Note Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_VALUE__CARRIED_FROM_NOTE_ID = FIELD_VALUE__CARRIED_FROM_NOTE_ID;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_VALUE__VALUE = FIELD_VALUE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Number Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_VALUE_FEATURE_COUNT = FIELD_VALUE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Number Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_VALUE_OPERATION_COUNT = FIELD_VALUE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.BooleanValueImpl <em>Boolean Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.BooleanValueImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getBooleanValue()
	 * @generated
	 */
	int BOOLEAN_VALUE = 26;

	/**
	 * The feature id for the '<em><b>Field Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_VALUE__FIELD_ID = FIELD_VALUE__FIELD_ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_VALUE__PROVENANCE = FIELD_VALUE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Carried From Note Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_VALUE__CARRIED_FROM_NOTE_ID = FIELD_VALUE__CARRIED_FROM_NOTE_ID;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_VALUE__VALUE = FIELD_VALUE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Boolean Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_VALUE_FEATURE_COUNT = FIELD_VALUE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Boolean Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_VALUE_OPERATION_COUNT = FIELD_VALUE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.DateValueImpl <em>Date Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.DateValueImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getDateValue()
	 * @generated
	 */
	int DATE_VALUE = 27;

	/**
	 * The feature id for the '<em><b>Field Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_VALUE__FIELD_ID = FIELD_VALUE__FIELD_ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_VALUE__PROVENANCE = FIELD_VALUE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Carried From Note Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_VALUE__CARRIED_FROM_NOTE_ID = FIELD_VALUE__CARRIED_FROM_NOTE_ID;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_VALUE__VALUE = FIELD_VALUE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Date Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_VALUE_FEATURE_COUNT = FIELD_VALUE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Date Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_VALUE_OPERATION_COUNT = FIELD_VALUE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.TimeValueImpl <em>Time Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.TimeValueImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getTimeValue()
	 * @generated
	 */
	int TIME_VALUE = 28;

	/**
	 * The feature id for the '<em><b>Field Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_VALUE__FIELD_ID = FIELD_VALUE__FIELD_ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_VALUE__PROVENANCE = FIELD_VALUE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Carried From Note Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_VALUE__CARRIED_FROM_NOTE_ID = FIELD_VALUE__CARRIED_FROM_NOTE_ID;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_VALUE__VALUE = FIELD_VALUE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Time Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_VALUE_FEATURE_COUNT = FIELD_VALUE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Time Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_VALUE_OPERATION_COUNT = FIELD_VALUE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.DateTimeValueImpl <em>Date Time Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.DateTimeValueImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getDateTimeValue()
	 * @generated
	 */
	int DATE_TIME_VALUE = 29;

	/**
	 * The feature id for the '<em><b>Field Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_TIME_VALUE__FIELD_ID = FIELD_VALUE__FIELD_ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_TIME_VALUE__PROVENANCE = FIELD_VALUE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Carried From Note Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_TIME_VALUE__CARRIED_FROM_NOTE_ID = FIELD_VALUE__CARRIED_FROM_NOTE_ID;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_TIME_VALUE__VALUE = FIELD_VALUE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Date Time Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_TIME_VALUE_FEATURE_COUNT = FIELD_VALUE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Date Time Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_TIME_VALUE_OPERATION_COUNT = FIELD_VALUE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.DurationValueImpl <em>Duration Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.DurationValueImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getDurationValue()
	 * @generated
	 */
	int DURATION_VALUE = 30;

	/**
	 * The feature id for the '<em><b>Field Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DURATION_VALUE__FIELD_ID = FIELD_VALUE__FIELD_ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DURATION_VALUE__PROVENANCE = FIELD_VALUE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Carried From Note Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DURATION_VALUE__CARRIED_FROM_NOTE_ID = FIELD_VALUE__CARRIED_FROM_NOTE_ID;

	/**
	 * The feature id for the '<em><b>Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DURATION_VALUE__MINUTES = FIELD_VALUE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Duration Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DURATION_VALUE_FEATURE_COUNT = FIELD_VALUE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Duration Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DURATION_VALUE_OPERATION_COUNT = FIELD_VALUE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.ChoiceValueImpl <em>Choice Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.ChoiceValueImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getChoiceValue()
	 * @generated
	 */
	int CHOICE_VALUE = 31;

	/**
	 * The feature id for the '<em><b>Field Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_VALUE__FIELD_ID = FIELD_VALUE__FIELD_ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_VALUE__PROVENANCE = FIELD_VALUE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Carried From Note Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_VALUE__CARRIED_FROM_NOTE_ID = FIELD_VALUE__CARRIED_FROM_NOTE_ID;

	/**
	 * The feature id for the '<em><b>Option Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_VALUE__OPTION_IDS = FIELD_VALUE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Choice Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_VALUE_FEATURE_COUNT = FIELD_VALUE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Choice Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_VALUE_OPERATION_COUNT = FIELD_VALUE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.GoalReferenceValueImpl <em>Goal Reference Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.GoalReferenceValueImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getGoalReferenceValue()
	 * @generated
	 */
	int GOAL_REFERENCE_VALUE = 32;

	/**
	 * The feature id for the '<em><b>Field Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_REFERENCE_VALUE__FIELD_ID = FIELD_VALUE__FIELD_ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_REFERENCE_VALUE__PROVENANCE = FIELD_VALUE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Carried From Note Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_REFERENCE_VALUE__CARRIED_FROM_NOTE_ID = FIELD_VALUE__CARRIED_FROM_NOTE_ID;

	/**
	 * The feature id for the '<em><b>Plan Element Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_REFERENCE_VALUE__PLAN_ELEMENT_IDS = FIELD_VALUE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Goal Reference Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_REFERENCE_VALUE_FEATURE_COUNT = FIELD_VALUE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Goal Reference Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_REFERENCE_VALUE_OPERATION_COUNT = FIELD_VALUE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.MeasureResultImpl <em>Measure Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.MeasureResultImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getMeasureResult()
	 * @generated
	 */
	int MEASURE_RESULT = 33;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_RESULT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_RESULT__INSTRUMENT_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Administered On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_RESULT__ADMINISTERED_ON = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Note Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_RESULT__NOTE_ID = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_RESULT__ANSWERS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_RESULT__TOTAL = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Band</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_RESULT__BAND = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Critical Item Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_RESULT__CRITICAL_ITEM_IDS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Measure Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_RESULT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Measure Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_RESULT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.ItemAnswerImpl <em>Item Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.ItemAnswerImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getItemAnswer()
	 * @generated
	 */
	int ITEM_ANSWER = 34;

	/**
	 * The feature id for the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_ANSWER__ITEM_ID = 0;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_ANSWER__SCORE = 1;

	/**
	 * The number of structural features of the '<em>Item Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_ANSWER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Item Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.LetterImpl <em>Letter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.LetterImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getLetter()
	 * @generated
	 */
	int LETTER = 35;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LETTER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LETTER__VALUES = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LETTER__GROUPS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Template Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LETTER__TEMPLATE_ID = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Template Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LETTER__TEMPLATE_VERSION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Author Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LETTER__AUTHOR_ID = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LETTER__CREATED_AT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Recipient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LETTER__RECIPIENT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LETTER__TEXT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Letterhead</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LETTER__LETTERHEAD = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Signature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LETTER__SIGNATURE = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Letter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LETTER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Letter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LETTER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.PsychotherapyNotebookImpl <em>Psychotherapy Notebook</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.PsychotherapyNotebookImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getPsychotherapyNotebook()
	 * @generated
	 */
	int PSYCHOTHERAPY_NOTEBOOK = 36;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSYCHOTHERAPY_NOTEBOOK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Client Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSYCHOTHERAPY_NOTEBOOK__CLIENT_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSYCHOTHERAPY_NOTEBOOK__NOTES = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Psychotherapy Notebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSYCHOTHERAPY_NOTEBOOK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Psychotherapy Notebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSYCHOTHERAPY_NOTEBOOK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.impl.AuditEventImpl <em>Audit Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.impl.AuditEventImpl
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getAuditEvent()
	 * @generated
	 */
	int AUDIT_EVENT = 37;

	/**
	 * The feature id for the '<em><b>Actor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_EVENT__ACTOR_ID = 0;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_EVENT__AT = 1;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_EVENT__ACTION = 2;

	/**
	 * The feature id for the '<em><b>Object Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_EVENT__OBJECT_TYPE = 3;

	/**
	 * The feature id for the '<em><b>Object Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_EVENT__OBJECT_ID = 4;

	/**
	 * The feature id for the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_EVENT__DETAIL = 5;

	/**
	 * The number of structural features of the '<em>Audit Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_EVENT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Audit Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.ClinicianRole <em>Clinician Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.ClinicianRole
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getClinicianRole()
	 * @generated
	 */
	int CLINICIAN_ROLE = 38;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.ClientStatus <em>Client Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.ClientStatus
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getClientStatus()
	 * @generated
	 */
	int CLIENT_STATUS = 39;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.EpisodeStatus <em>Episode Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.EpisodeStatus
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getEpisodeStatus()
	 * @generated
	 */
	int EPISODE_STATUS = 40;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.PlanStatus <em>Plan Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.PlanStatus
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getPlanStatus()
	 * @generated
	 */
	int PLAN_STATUS = 41;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.GoalStatus <em>Goal Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.GoalStatus
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getGoalStatus()
	 * @generated
	 */
	int GOAL_STATUS = 42;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.Modality <em>Modality</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.Modality
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getModality()
	 * @generated
	 */
	int MODALITY = 43;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.TelehealthMode <em>Telehealth Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.TelehealthMode
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getTelehealthMode()
	 * @generated
	 */
	int TELEHEALTH_MODE = 44;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.NoteStatus <em>Note Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.NoteStatus
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getNoteStatus()
	 * @generated
	 */
	int NOTE_STATUS = 45;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.ValueProvenance <em>Value Provenance</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.ValueProvenance
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getValueProvenance()
	 * @generated
	 */
	int VALUE_PROVENANCE = 46;

	/**
	 * The meta object id for the '{@link org.casenotes.model.record.AuditAction <em>Audit Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.record.AuditAction
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getAuditAction()
	 * @generated
	 */
	int AUDIT_ACTION = 47;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 48;

	/**
	 * The meta object id for the '<em>Local Time</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalTime
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getLocalTime()
	 * @generated
	 */
	int LOCAL_TIME = 49;

	/**
	 * The meta object id for the '<em>Local Date Time</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDateTime
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getLocalDateTime()
	 * @generated
	 */
	int LOCAL_DATE_TIME = 50;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.casenotes.model.record.impl.RecordPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 51;


	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.casenotes.model.record.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.casenotes.model.record.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.Agency <em>Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agency</em>'.
	 * @see org.casenotes.model.record.Agency
	 * @generated
	 */
	EClass getAgency();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Agency#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.casenotes.model.record.Agency#getName()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Agency#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.casenotes.model.record.Agency#getAddress()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Agency#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.casenotes.model.record.Agency#getPhone()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_Phone();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Agency#getSigningWindowDays <em>Signing Window Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signing Window Days</em>'.
	 * @see org.casenotes.model.record.Agency#getSigningWindowDays()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_SigningWindowDays();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.Agency#getClinicians <em>Clinicians</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Clinicians</em>'.
	 * @see org.casenotes.model.record.Agency#getClinicians()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_Clinicians();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.Agency#getClients <em>Clients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Clients</em>'.
	 * @see org.casenotes.model.record.Agency#getClients()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_Clients();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.Clinician <em>Clinician</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Clinician</em>'.
	 * @see org.casenotes.model.record.Clinician
	 * @generated
	 */
	EClass getClinician();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Clinician#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.casenotes.model.record.Clinician#getName()
	 * @see #getClinician()
	 * @generated
	 */
	EAttribute getClinician_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Clinician#getCredentials <em>Credentials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credentials</em>'.
	 * @see org.casenotes.model.record.Clinician#getCredentials()
	 * @see #getClinician()
	 * @generated
	 */
	EAttribute getClinician_Credentials();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Clinician#getLicenseNumber <em>License Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>License Number</em>'.
	 * @see org.casenotes.model.record.Clinician#getLicenseNumber()
	 * @see #getClinician()
	 * @generated
	 */
	EAttribute getClinician_LicenseNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Clinician#getLicenseState <em>License State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>License State</em>'.
	 * @see org.casenotes.model.record.Clinician#getLicenseState()
	 * @see #getClinician()
	 * @generated
	 */
	EAttribute getClinician_LicenseState();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Clinician#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.casenotes.model.record.Clinician#getRole()
	 * @see #getClinician()
	 * @generated
	 */
	EAttribute getClinician_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Clinician#getSupervisorId <em>Supervisor Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supervisor Id</em>'.
	 * @see org.casenotes.model.record.Clinician#getSupervisorId()
	 * @see #getClinician()
	 * @generated
	 */
	EAttribute getClinician_SupervisorId();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.Client <em>Client</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Client</em>'.
	 * @see org.casenotes.model.record.Client
	 * @generated
	 */
	EClass getClient();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Client#getLegalName <em>Legal Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legal Name</em>'.
	 * @see org.casenotes.model.record.Client#getLegalName()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_LegalName();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Client#getPreferredName <em>Preferred Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preferred Name</em>'.
	 * @see org.casenotes.model.record.Client#getPreferredName()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_PreferredName();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Client#getPronouns <em>Pronouns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pronouns</em>'.
	 * @see org.casenotes.model.record.Client#getPronouns()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_Pronouns();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Client#getDateOfBirth <em>Date Of Birth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Of Birth</em>'.
	 * @see org.casenotes.model.record.Client#getDateOfBirth()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_DateOfBirth();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Client#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.casenotes.model.record.Client#getStatus()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Client#getPrimaryClinicianId <em>Primary Clinician Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Primary Clinician Id</em>'.
	 * @see org.casenotes.model.record.Client#getPrimaryClinicianId()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_PrimaryClinicianId();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.record.Client#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Contact</em>'.
	 * @see org.casenotes.model.record.Client#getContact()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_Contact();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.Client#getCoverages <em>Coverages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Coverages</em>'.
	 * @see org.casenotes.model.record.Client#getCoverages()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_Coverages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.Client#getDiagnoses <em>Diagnoses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diagnoses</em>'.
	 * @see org.casenotes.model.record.Client#getDiagnoses()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_Diagnoses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.Client#getEpisodes <em>Episodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Episodes</em>'.
	 * @see org.casenotes.model.record.Client#getEpisodes()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_Episodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.Client#getSessions <em>Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sessions</em>'.
	 * @see org.casenotes.model.record.Client#getSessions()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_Sessions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.Client#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see org.casenotes.model.record.Client#getNotes()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.Client#getMeasureResults <em>Measure Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measure Results</em>'.
	 * @see org.casenotes.model.record.Client#getMeasureResults()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_MeasureResults();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.Client#getLetters <em>Letters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Letters</em>'.
	 * @see org.casenotes.model.record.Client#getLetters()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_Letters();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.ContactDetails <em>Contact Details</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact Details</em>'.
	 * @see org.casenotes.model.record.ContactDetails
	 * @generated
	 */
	EClass getContactDetails();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.ContactDetails#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.casenotes.model.record.ContactDetails#getPhone()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_Phone();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.ContactDetails#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.casenotes.model.record.ContactDetails#getEmail()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.ContactDetails#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.casenotes.model.record.ContactDetails#getAddress()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.ContactDetails#isMayLeaveMessage <em>May Leave Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>May Leave Message</em>'.
	 * @see org.casenotes.model.record.ContactDetails#isMayLeaveMessage()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_MayLeaveMessage();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.ContactDetails#getEmergencyContactName <em>Emergency Contact Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Emergency Contact Name</em>'.
	 * @see org.casenotes.model.record.ContactDetails#getEmergencyContactName()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_EmergencyContactName();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.ContactDetails#getEmergencyContactPhone <em>Emergency Contact Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Emergency Contact Phone</em>'.
	 * @see org.casenotes.model.record.ContactDetails#getEmergencyContactPhone()
	 * @see #getContactDetails()
	 * @generated
	 */
	EAttribute getContactDetails_EmergencyContactPhone();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.Coverage <em>Coverage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coverage</em>'.
	 * @see org.casenotes.model.record.Coverage
	 * @generated
	 */
	EClass getCoverage();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Coverage#getPayerName <em>Payer Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Payer Name</em>'.
	 * @see org.casenotes.model.record.Coverage#getPayerName()
	 * @see #getCoverage()
	 * @generated
	 */
	EAttribute getCoverage_PayerName();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Coverage#getPayerId <em>Payer Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Payer Id</em>'.
	 * @see org.casenotes.model.record.Coverage#getPayerId()
	 * @see #getCoverage()
	 * @generated
	 */
	EAttribute getCoverage_PayerId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Coverage#getMemberId <em>Member Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Member Id</em>'.
	 * @see org.casenotes.model.record.Coverage#getMemberId()
	 * @see #getCoverage()
	 * @generated
	 */
	EAttribute getCoverage_MemberId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Coverage#getGroupNumber <em>Group Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group Number</em>'.
	 * @see org.casenotes.model.record.Coverage#getGroupNumber()
	 * @see #getCoverage()
	 * @generated
	 */
	EAttribute getCoverage_GroupNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Coverage#isPrimary <em>Primary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Primary</em>'.
	 * @see org.casenotes.model.record.Coverage#isPrimary()
	 * @see #getCoverage()
	 * @generated
	 */
	EAttribute getCoverage_Primary();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Coverage#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.casenotes.model.record.Coverage#getStartDate()
	 * @see #getCoverage()
	 * @generated
	 */
	EAttribute getCoverage_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Coverage#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.casenotes.model.record.Coverage#getEndDate()
	 * @see #getCoverage()
	 * @generated
	 */
	EAttribute getCoverage_EndDate();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.Diagnosis <em>Diagnosis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagnosis</em>'.
	 * @see org.casenotes.model.record.Diagnosis
	 * @generated
	 */
	EClass getDiagnosis();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Diagnosis#getIcd10Code <em>Icd10 Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Icd10 Code</em>'.
	 * @see org.casenotes.model.record.Diagnosis#getIcd10Code()
	 * @see #getDiagnosis()
	 * @generated
	 */
	EAttribute getDiagnosis_Icd10Code();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Diagnosis#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.casenotes.model.record.Diagnosis#getDescription()
	 * @see #getDiagnosis()
	 * @generated
	 */
	EAttribute getDiagnosis_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Diagnosis#isPrimary <em>Primary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Primary</em>'.
	 * @see org.casenotes.model.record.Diagnosis#isPrimary()
	 * @see #getDiagnosis()
	 * @generated
	 */
	EAttribute getDiagnosis_Primary();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Diagnosis#getDiagnosedOn <em>Diagnosed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diagnosed On</em>'.
	 * @see org.casenotes.model.record.Diagnosis#getDiagnosedOn()
	 * @see #getDiagnosis()
	 * @generated
	 */
	EAttribute getDiagnosis_DiagnosedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Diagnosis#getResolvedOn <em>Resolved On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolved On</em>'.
	 * @see org.casenotes.model.record.Diagnosis#getResolvedOn()
	 * @see #getDiagnosis()
	 * @generated
	 */
	EAttribute getDiagnosis_ResolvedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Diagnosis#getOnsetOn <em>Onset On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Onset On</em>'.
	 * @see org.casenotes.model.record.Diagnosis#getOnsetOn()
	 * @see #getDiagnosis()
	 * @generated
	 */
	EAttribute getDiagnosis_OnsetOn();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.EpisodeOfCare <em>Episode Of Care</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Episode Of Care</em>'.
	 * @see org.casenotes.model.record.EpisodeOfCare
	 * @generated
	 */
	EClass getEpisodeOfCare();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.EpisodeOfCare#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.casenotes.model.record.EpisodeOfCare#getStartDate()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EAttribute getEpisodeOfCare_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.EpisodeOfCare#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.casenotes.model.record.EpisodeOfCare#getEndDate()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EAttribute getEpisodeOfCare_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.EpisodeOfCare#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.casenotes.model.record.EpisodeOfCare#getStatus()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EAttribute getEpisodeOfCare_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.EpisodeOfCare#getReferralSource <em>Referral Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Referral Source</em>'.
	 * @see org.casenotes.model.record.EpisodeOfCare#getReferralSource()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EAttribute getEpisodeOfCare_ReferralSource();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.EpisodeOfCare#getReasonForServices <em>Reason For Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason For Services</em>'.
	 * @see org.casenotes.model.record.EpisodeOfCare#getReasonForServices()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EAttribute getEpisodeOfCare_ReasonForServices();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.EpisodeOfCare#getPrimaryClinicianId <em>Primary Clinician Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Primary Clinician Id</em>'.
	 * @see org.casenotes.model.record.EpisodeOfCare#getPrimaryClinicianId()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EAttribute getEpisodeOfCare_PrimaryClinicianId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.EpisodeOfCare#getTreatmentPlans <em>Treatment Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Treatment Plans</em>'.
	 * @see org.casenotes.model.record.EpisodeOfCare#getTreatmentPlans()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EReference getEpisodeOfCare_TreatmentPlans();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.EpisodeOfCare#getIntakeOn <em>Intake On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intake On</em>'.
	 * @see org.casenotes.model.record.EpisodeOfCare#getIntakeOn()
	 * @see #getEpisodeOfCare()
	 * @generated
	 */
	EAttribute getEpisodeOfCare_IntakeOn();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.TreatmentPlan <em>Treatment Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Treatment Plan</em>'.
	 * @see org.casenotes.model.record.TreatmentPlan
	 * @generated
	 */
	EClass getTreatmentPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.TreatmentPlan#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.casenotes.model.record.TreatmentPlan#getVersion()
	 * @see #getTreatmentPlan()
	 * @generated
	 */
	EAttribute getTreatmentPlan_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.TreatmentPlan#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.casenotes.model.record.TreatmentPlan#getStatus()
	 * @see #getTreatmentPlan()
	 * @generated
	 */
	EAttribute getTreatmentPlan_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.TreatmentPlan#getEffectiveDate <em>Effective Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective Date</em>'.
	 * @see org.casenotes.model.record.TreatmentPlan#getEffectiveDate()
	 * @see #getTreatmentPlan()
	 * @generated
	 */
	EAttribute getTreatmentPlan_EffectiveDate();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.TreatmentPlan#getNextReviewDate <em>Next Review Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next Review Date</em>'.
	 * @see org.casenotes.model.record.TreatmentPlan#getNextReviewDate()
	 * @see #getTreatmentPlan()
	 * @generated
	 */
	EAttribute getTreatmentPlan_NextReviewDate();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.TreatmentPlan#getAuthorId <em>Author Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author Id</em>'.
	 * @see org.casenotes.model.record.TreatmentPlan#getAuthorId()
	 * @see #getTreatmentPlan()
	 * @generated
	 */
	EAttribute getTreatmentPlan_AuthorId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.TreatmentPlan#getNoteId <em>Note Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note Id</em>'.
	 * @see org.casenotes.model.record.TreatmentPlan#getNoteId()
	 * @see #getTreatmentPlan()
	 * @generated
	 */
	EAttribute getTreatmentPlan_NoteId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.TreatmentPlan#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Problems</em>'.
	 * @see org.casenotes.model.record.TreatmentPlan#getProblems()
	 * @see #getTreatmentPlan()
	 * @generated
	 */
	EReference getTreatmentPlan_Problems();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.Problem <em>Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Problem</em>'.
	 * @see org.casenotes.model.record.Problem
	 * @generated
	 */
	EClass getProblem();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Problem#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.casenotes.model.record.Problem#getStatement()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_Statement();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Problem#getDiagnosisCode <em>Diagnosis Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diagnosis Code</em>'.
	 * @see org.casenotes.model.record.Problem#getDiagnosisCode()
	 * @see #getProblem()
	 * @generated
	 */
	EAttribute getProblem_DiagnosisCode();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.Problem#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see org.casenotes.model.record.Problem#getGoals()
	 * @see #getProblem()
	 * @generated
	 */
	EReference getProblem_Goals();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal</em>'.
	 * @see org.casenotes.model.record.Goal
	 * @generated
	 */
	EClass getGoal();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Goal#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.casenotes.model.record.Goal#getStatement()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Statement();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Goal#getTargetDate <em>Target Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Date</em>'.
	 * @see org.casenotes.model.record.Goal#getTargetDate()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_TargetDate();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Goal#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.casenotes.model.record.Goal#getStatus()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.Goal#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Objectives</em>'.
	 * @see org.casenotes.model.record.Goal#getObjectives()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_Objectives();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.Objective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Objective</em>'.
	 * @see org.casenotes.model.record.Objective
	 * @generated
	 */
	EClass getObjective();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Objective#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.casenotes.model.record.Objective#getStatement()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Statement();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Objective#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure</em>'.
	 * @see org.casenotes.model.record.Objective#getMeasure()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Measure();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Objective#getTargetDate <em>Target Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Date</em>'.
	 * @see org.casenotes.model.record.Objective#getTargetDate()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_TargetDate();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Objective#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.casenotes.model.record.Objective#getStatus()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.Objective#getInterventions <em>Interventions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interventions</em>'.
	 * @see org.casenotes.model.record.Objective#getInterventions()
	 * @see #getObjective()
	 * @generated
	 */
	EReference getObjective_Interventions();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.Intervention <em>Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Intervention</em>'.
	 * @see org.casenotes.model.record.Intervention
	 * @generated
	 */
	EClass getIntervention();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Intervention#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.casenotes.model.record.Intervention#getDescription()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Intervention#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.casenotes.model.record.Intervention#getFrequency()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Frequency();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Intervention#getResponsibleClinicianId <em>Responsible Clinician Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responsible Clinician Id</em>'.
	 * @see org.casenotes.model.record.Intervention#getResponsibleClinicianId()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_ResponsibleClinicianId();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.Session <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Session</em>'.
	 * @see org.casenotes.model.record.Session
	 * @generated
	 */
	EClass getSession();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Session#getEpisodeId <em>Episode Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Episode Id</em>'.
	 * @see org.casenotes.model.record.Session#getEpisodeId()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_EpisodeId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Session#getClinicianId <em>Clinician Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clinician Id</em>'.
	 * @see org.casenotes.model.record.Session#getClinicianId()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_ClinicianId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Session#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.casenotes.model.record.Session#getDate()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Session#getStartTime <em>Start Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Time</em>'.
	 * @see org.casenotes.model.record.Session#getStartTime()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_StartTime();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Session#getStopTime <em>Stop Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stop Time</em>'.
	 * @see org.casenotes.model.record.Session#getStopTime()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_StopTime();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Session#getModality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modality</em>'.
	 * @see org.casenotes.model.record.Session#getModality()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Modality();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Session#getServiceType <em>Service Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Type</em>'.
	 * @see org.casenotes.model.record.Session#getServiceType()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_ServiceType();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Session#getPlaceOfService <em>Place Of Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place Of Service</em>'.
	 * @see org.casenotes.model.record.Session#getPlaceOfService()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_PlaceOfService();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Session#getCptCode <em>Cpt Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpt Code</em>'.
	 * @see org.casenotes.model.record.Session#getCptCode()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_CptCode();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.record.Session#getTelehealth <em>Telehealth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Telehealth</em>'.
	 * @see org.casenotes.model.record.Session#getTelehealth()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Telehealth();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.Session#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Participants</em>'.
	 * @see org.casenotes.model.record.Session#getParticipants()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Participants();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.TelehealthDetails <em>Telehealth Details</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Telehealth Details</em>'.
	 * @see org.casenotes.model.record.TelehealthDetails
	 * @generated
	 */
	EClass getTelehealthDetails();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.TelehealthDetails#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.casenotes.model.record.TelehealthDetails#getMode()
	 * @see #getTelehealthDetails()
	 * @generated
	 */
	EAttribute getTelehealthDetails_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.TelehealthDetails#getClientLocation <em>Client Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client Location</em>'.
	 * @see org.casenotes.model.record.TelehealthDetails#getClientLocation()
	 * @see #getTelehealthDetails()
	 * @generated
	 */
	EAttribute getTelehealthDetails_ClientLocation();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.TelehealthDetails#getClinicianLocation <em>Clinician Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clinician Location</em>'.
	 * @see org.casenotes.model.record.TelehealthDetails#getClinicianLocation()
	 * @see #getTelehealthDetails()
	 * @generated
	 */
	EAttribute getTelehealthDetails_ClinicianLocation();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.TelehealthDetails#isConsentObtained <em>Consent Obtained</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consent Obtained</em>'.
	 * @see org.casenotes.model.record.TelehealthDetails#isConsentObtained()
	 * @see #getTelehealthDetails()
	 * @generated
	 */
	EAttribute getTelehealthDetails_ConsentObtained();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.TelehealthDetails#getConsentDate <em>Consent Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consent Date</em>'.
	 * @see org.casenotes.model.record.TelehealthDetails#getConsentDate()
	 * @see #getTelehealthDetails()
	 * @generated
	 */
	EAttribute getTelehealthDetails_ConsentDate();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.Participant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Participant</em>'.
	 * @see org.casenotes.model.record.Participant
	 * @generated
	 */
	EClass getParticipant();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Participant#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.casenotes.model.record.Participant#getName()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Participant#getRelationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relationship</em>'.
	 * @see org.casenotes.model.record.Participant#getRelationship()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Relationship();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Participant#getClientId <em>Client Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client Id</em>'.
	 * @see org.casenotes.model.record.Participant#getClientId()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_ClientId();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.ValueHolder <em>Value Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Value Holder</em>'.
	 * @see org.casenotes.model.record.ValueHolder
	 * @generated
	 */
	EClass getValueHolder();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.ValueHolder#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.casenotes.model.record.ValueHolder#getValues()
	 * @see #getValueHolder()
	 * @generated
	 */
	EReference getValueHolder_Values();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.ValueHolder#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see org.casenotes.model.record.ValueHolder#getGroups()
	 * @see #getValueHolder()
	 * @generated
	 */
	EReference getValueHolder_Groups();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.GroupValue <em>Group Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group Value</em>'.
	 * @see org.casenotes.model.record.GroupValue
	 * @generated
	 */
	EClass getGroupValue();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.GroupValue#getGroupId <em>Group Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group Id</em>'.
	 * @see org.casenotes.model.record.GroupValue#getGroupId()
	 * @see #getGroupValue()
	 * @generated
	 */
	EAttribute getGroupValue_GroupId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.GroupValue#getRows <em>Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rows</em>'.
	 * @see org.casenotes.model.record.GroupValue#getRows()
	 * @see #getGroupValue()
	 * @generated
	 */
	EReference getGroupValue_Rows();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.GroupRow <em>Group Row</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group Row</em>'.
	 * @see org.casenotes.model.record.GroupRow
	 * @generated
	 */
	EClass getGroupRow();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.Note <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Note</em>'.
	 * @see org.casenotes.model.record.Note
	 * @generated
	 */
	EClass getNote();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Note#getClientId <em>Client Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client Id</em>'.
	 * @see org.casenotes.model.record.Note#getClientId()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_ClientId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Note#getEpisodeId <em>Episode Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Episode Id</em>'.
	 * @see org.casenotes.model.record.Note#getEpisodeId()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_EpisodeId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Note#getSessionId <em>Session Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Session Id</em>'.
	 * @see org.casenotes.model.record.Note#getSessionId()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_SessionId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Note#getTemplateId <em>Template Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Id</em>'.
	 * @see org.casenotes.model.record.Note#getTemplateId()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_TemplateId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Note#getTemplateVersion <em>Template Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Version</em>'.
	 * @see org.casenotes.model.record.Note#getTemplateVersion()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_TemplateVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Note#getAuthorId <em>Author Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author Id</em>'.
	 * @see org.casenotes.model.record.Note#getAuthorId()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_AuthorId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Note#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.casenotes.model.record.Note#getStatus()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Note#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.casenotes.model.record.Note#getCreatedAt()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Note#getDateOfService <em>Date Of Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Of Service</em>'.
	 * @see org.casenotes.model.record.Note#getDateOfService()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_DateOfService();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Note#getServiceEnd <em>Service End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service End</em>'.
	 * @see org.casenotes.model.record.Note#getServiceEnd()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_ServiceEnd();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.record.Note#getSignature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Signature</em>'.
	 * @see org.casenotes.model.record.Note#getSignature()
	 * @see #getNote()
	 * @generated
	 */
	EReference getNote_Signature();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.record.Note#getCosignature <em>Cosignature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cosignature</em>'.
	 * @see org.casenotes.model.record.Note#getCosignature()
	 * @see #getNote()
	 * @generated
	 */
	EReference getNote_Cosignature();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.Note#getAddenda <em>Addenda</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Addenda</em>'.
	 * @see org.casenotes.model.record.Note#getAddenda()
	 * @see #getNote()
	 * @generated
	 */
	EReference getNote_Addenda();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Note#isLateEntry <em>Late Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Late Entry</em>'.
	 * @see org.casenotes.model.record.Note#isLateEntry()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_LateEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Note#getLateEntryReason <em>Late Entry Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Late Entry Reason</em>'.
	 * @see org.casenotes.model.record.Note#getLateEntryReason()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_LateEntryReason();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.Note#getReviewComments <em>Review Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Review Comments</em>'.
	 * @see org.casenotes.model.record.Note#getReviewComments()
	 * @see #getNote()
	 * @generated
	 */
	EReference getNote_ReviewComments();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.Signature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signature</em>'.
	 * @see org.casenotes.model.record.Signature
	 * @generated
	 */
	EClass getSignature();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Signature#getSignerId <em>Signer Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signer Id</em>'.
	 * @see org.casenotes.model.record.Signature#getSignerId()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_SignerId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Signature#getSignerName <em>Signer Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signer Name</em>'.
	 * @see org.casenotes.model.record.Signature#getSignerName()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_SignerName();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Signature#getCredentials <em>Credentials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credentials</em>'.
	 * @see org.casenotes.model.record.Signature#getCredentials()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_Credentials();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Signature#getSignedAt <em>Signed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed At</em>'.
	 * @see org.casenotes.model.record.Signature#getSignedAt()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_SignedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Signature#getContentHash <em>Content Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Hash</em>'.
	 * @see org.casenotes.model.record.Signature#getContentHash()
	 * @see #getSignature()
	 * @generated
	 */
	EAttribute getSignature_ContentHash();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.Addendum <em>Addendum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Addendum</em>'.
	 * @see org.casenotes.model.record.Addendum
	 * @generated
	 */
	EClass getAddendum();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Addendum#getAuthorId <em>Author Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author Id</em>'.
	 * @see org.casenotes.model.record.Addendum#getAuthorId()
	 * @see #getAddendum()
	 * @generated
	 */
	EAttribute getAddendum_AuthorId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Addendum#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.casenotes.model.record.Addendum#getCreatedAt()
	 * @see #getAddendum()
	 * @generated
	 */
	EAttribute getAddendum_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Addendum#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.casenotes.model.record.Addendum#getReason()
	 * @see #getAddendum()
	 * @generated
	 */
	EAttribute getAddendum_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Addendum#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.casenotes.model.record.Addendum#getText()
	 * @see #getAddendum()
	 * @generated
	 */
	EAttribute getAddendum_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Addendum#getContentHash <em>Content Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Hash</em>'.
	 * @see org.casenotes.model.record.Addendum#getContentHash()
	 * @see #getAddendum()
	 * @generated
	 */
	EAttribute getAddendum_ContentHash();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.ReviewComment <em>Review Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Comment</em>'.
	 * @see org.casenotes.model.record.ReviewComment
	 * @generated
	 */
	EClass getReviewComment();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.ReviewComment#getReviewerId <em>Reviewer Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer Id</em>'.
	 * @see org.casenotes.model.record.ReviewComment#getReviewerId()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_ReviewerId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.ReviewComment#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.casenotes.model.record.ReviewComment#getCreatedAt()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.ReviewComment#getFieldId <em>Field Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field Id</em>'.
	 * @see org.casenotes.model.record.ReviewComment#getFieldId()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_FieldId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.ReviewComment#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.casenotes.model.record.ReviewComment#getText()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Text();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.FieldValue <em>Field Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Field Value</em>'.
	 * @see org.casenotes.model.record.FieldValue
	 * @generated
	 */
	EClass getFieldValue();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.FieldValue#getFieldId <em>Field Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field Id</em>'.
	 * @see org.casenotes.model.record.FieldValue#getFieldId()
	 * @see #getFieldValue()
	 * @generated
	 */
	EAttribute getFieldValue_FieldId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.FieldValue#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provenance</em>'.
	 * @see org.casenotes.model.record.FieldValue#getProvenance()
	 * @see #getFieldValue()
	 * @generated
	 */
	EAttribute getFieldValue_Provenance();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.FieldValue#getCarriedFromNoteId <em>Carried From Note Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Carried From Note Id</em>'.
	 * @see org.casenotes.model.record.FieldValue#getCarriedFromNoteId()
	 * @see #getFieldValue()
	 * @generated
	 */
	EAttribute getFieldValue_CarriedFromNoteId();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.TextValue <em>Text Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Text Value</em>'.
	 * @see org.casenotes.model.record.TextValue
	 * @generated
	 */
	EClass getTextValue();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.TextValue#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.casenotes.model.record.TextValue#getText()
	 * @see #getTextValue()
	 * @generated
	 */
	EAttribute getTextValue_Text();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.NumberValue <em>Number Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Number Value</em>'.
	 * @see org.casenotes.model.record.NumberValue
	 * @generated
	 */
	EClass getNumberValue();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.NumberValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.casenotes.model.record.NumberValue#getValue()
	 * @see #getNumberValue()
	 * @generated
	 */
	EAttribute getNumberValue_Value();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.BooleanValue <em>Boolean Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Boolean Value</em>'.
	 * @see org.casenotes.model.record.BooleanValue
	 * @generated
	 */
	EClass getBooleanValue();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.BooleanValue#isValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.casenotes.model.record.BooleanValue#isValue()
	 * @see #getBooleanValue()
	 * @generated
	 */
	EAttribute getBooleanValue_Value();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.DateValue <em>Date Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Date Value</em>'.
	 * @see org.casenotes.model.record.DateValue
	 * @generated
	 */
	EClass getDateValue();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.DateValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.casenotes.model.record.DateValue#getValue()
	 * @see #getDateValue()
	 * @generated
	 */
	EAttribute getDateValue_Value();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.TimeValue <em>Time Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Time Value</em>'.
	 * @see org.casenotes.model.record.TimeValue
	 * @generated
	 */
	EClass getTimeValue();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.TimeValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.casenotes.model.record.TimeValue#getValue()
	 * @see #getTimeValue()
	 * @generated
	 */
	EAttribute getTimeValue_Value();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.DateTimeValue <em>Date Time Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Date Time Value</em>'.
	 * @see org.casenotes.model.record.DateTimeValue
	 * @generated
	 */
	EClass getDateTimeValue();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.DateTimeValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.casenotes.model.record.DateTimeValue#getValue()
	 * @see #getDateTimeValue()
	 * @generated
	 */
	EAttribute getDateTimeValue_Value();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.DurationValue <em>Duration Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Duration Value</em>'.
	 * @see org.casenotes.model.record.DurationValue
	 * @generated
	 */
	EClass getDurationValue();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.DurationValue#getMinutes <em>Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minutes</em>'.
	 * @see org.casenotes.model.record.DurationValue#getMinutes()
	 * @see #getDurationValue()
	 * @generated
	 */
	EAttribute getDurationValue_Minutes();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.ChoiceValue <em>Choice Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Choice Value</em>'.
	 * @see org.casenotes.model.record.ChoiceValue
	 * @generated
	 */
	EClass getChoiceValue();

	/**
	 * Returns the meta object for the attribute list '{@link org.casenotes.model.record.ChoiceValue#getOptionIds <em>Option Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Option Ids</em>'.
	 * @see org.casenotes.model.record.ChoiceValue#getOptionIds()
	 * @see #getChoiceValue()
	 * @generated
	 */
	EAttribute getChoiceValue_OptionIds();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.GoalReferenceValue <em>Goal Reference Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal Reference Value</em>'.
	 * @see org.casenotes.model.record.GoalReferenceValue
	 * @generated
	 */
	EClass getGoalReferenceValue();

	/**
	 * Returns the meta object for the attribute list '{@link org.casenotes.model.record.GoalReferenceValue#getPlanElementIds <em>Plan Element Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Plan Element Ids</em>'.
	 * @see org.casenotes.model.record.GoalReferenceValue#getPlanElementIds()
	 * @see #getGoalReferenceValue()
	 * @generated
	 */
	EAttribute getGoalReferenceValue_PlanElementIds();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.MeasureResult <em>Measure Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measure Result</em>'.
	 * @see org.casenotes.model.record.MeasureResult
	 * @generated
	 */
	EClass getMeasureResult();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.MeasureResult#getInstrumentId <em>Instrument Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instrument Id</em>'.
	 * @see org.casenotes.model.record.MeasureResult#getInstrumentId()
	 * @see #getMeasureResult()
	 * @generated
	 */
	EAttribute getMeasureResult_InstrumentId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.MeasureResult#getAdministeredOn <em>Administered On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Administered On</em>'.
	 * @see org.casenotes.model.record.MeasureResult#getAdministeredOn()
	 * @see #getMeasureResult()
	 * @generated
	 */
	EAttribute getMeasureResult_AdministeredOn();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.MeasureResult#getNoteId <em>Note Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note Id</em>'.
	 * @see org.casenotes.model.record.MeasureResult#getNoteId()
	 * @see #getMeasureResult()
	 * @generated
	 */
	EAttribute getMeasureResult_NoteId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.MeasureResult#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see org.casenotes.model.record.MeasureResult#getAnswers()
	 * @see #getMeasureResult()
	 * @generated
	 */
	EReference getMeasureResult_Answers();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.MeasureResult#getTotal <em>Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total</em>'.
	 * @see org.casenotes.model.record.MeasureResult#getTotal()
	 * @see #getMeasureResult()
	 * @generated
	 */
	EAttribute getMeasureResult_Total();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.MeasureResult#getBand <em>Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Band</em>'.
	 * @see org.casenotes.model.record.MeasureResult#getBand()
	 * @see #getMeasureResult()
	 * @generated
	 */
	EAttribute getMeasureResult_Band();

	/**
	 * Returns the meta object for the attribute list '{@link org.casenotes.model.record.MeasureResult#getCriticalItemIds <em>Critical Item Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Critical Item Ids</em>'.
	 * @see org.casenotes.model.record.MeasureResult#getCriticalItemIds()
	 * @see #getMeasureResult()
	 * @generated
	 */
	EAttribute getMeasureResult_CriticalItemIds();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.ItemAnswer <em>Item Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item Answer</em>'.
	 * @see org.casenotes.model.record.ItemAnswer
	 * @generated
	 */
	EClass getItemAnswer();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.ItemAnswer#getItemId <em>Item Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Id</em>'.
	 * @see org.casenotes.model.record.ItemAnswer#getItemId()
	 * @see #getItemAnswer()
	 * @generated
	 */
	EAttribute getItemAnswer_ItemId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.ItemAnswer#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.casenotes.model.record.ItemAnswer#getScore()
	 * @see #getItemAnswer()
	 * @generated
	 */
	EAttribute getItemAnswer_Score();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.Letter <em>Letter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Letter</em>'.
	 * @see org.casenotes.model.record.Letter
	 * @generated
	 */
	EClass getLetter();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Letter#getTemplateId <em>Template Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Id</em>'.
	 * @see org.casenotes.model.record.Letter#getTemplateId()
	 * @see #getLetter()
	 * @generated
	 */
	EAttribute getLetter_TemplateId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Letter#getTemplateVersion <em>Template Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Version</em>'.
	 * @see org.casenotes.model.record.Letter#getTemplateVersion()
	 * @see #getLetter()
	 * @generated
	 */
	EAttribute getLetter_TemplateVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Letter#getAuthorId <em>Author Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author Id</em>'.
	 * @see org.casenotes.model.record.Letter#getAuthorId()
	 * @see #getLetter()
	 * @generated
	 */
	EAttribute getLetter_AuthorId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Letter#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.casenotes.model.record.Letter#getCreatedAt()
	 * @see #getLetter()
	 * @generated
	 */
	EAttribute getLetter_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Letter#getRecipient <em>Recipient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recipient</em>'.
	 * @see org.casenotes.model.record.Letter#getRecipient()
	 * @see #getLetter()
	 * @generated
	 */
	EAttribute getLetter_Recipient();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Letter#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.casenotes.model.record.Letter#getText()
	 * @see #getLetter()
	 * @generated
	 */
	EAttribute getLetter_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.Letter#getLetterhead <em>Letterhead</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Letterhead</em>'.
	 * @see org.casenotes.model.record.Letter#getLetterhead()
	 * @see #getLetter()
	 * @generated
	 */
	EAttribute getLetter_Letterhead();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.record.Letter#getSignature <em>Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Signature</em>'.
	 * @see org.casenotes.model.record.Letter#getSignature()
	 * @see #getLetter()
	 * @generated
	 */
	EReference getLetter_Signature();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.PsychotherapyNotebook <em>Psychotherapy Notebook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Psychotherapy Notebook</em>'.
	 * @see org.casenotes.model.record.PsychotherapyNotebook
	 * @generated
	 */
	EClass getPsychotherapyNotebook();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.PsychotherapyNotebook#getClientId <em>Client Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client Id</em>'.
	 * @see org.casenotes.model.record.PsychotherapyNotebook#getClientId()
	 * @see #getPsychotherapyNotebook()
	 * @generated
	 */
	EAttribute getPsychotherapyNotebook_ClientId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.record.PsychotherapyNotebook#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see org.casenotes.model.record.PsychotherapyNotebook#getNotes()
	 * @see #getPsychotherapyNotebook()
	 * @generated
	 */
	EReference getPsychotherapyNotebook_Notes();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.record.AuditEvent <em>Audit Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Audit Event</em>'.
	 * @see org.casenotes.model.record.AuditEvent
	 * @generated
	 */
	EClass getAuditEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.AuditEvent#getActorId <em>Actor Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actor Id</em>'.
	 * @see org.casenotes.model.record.AuditEvent#getActorId()
	 * @see #getAuditEvent()
	 * @generated
	 */
	EAttribute getAuditEvent_ActorId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.AuditEvent#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.casenotes.model.record.AuditEvent#getAt()
	 * @see #getAuditEvent()
	 * @generated
	 */
	EAttribute getAuditEvent_At();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.AuditEvent#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.casenotes.model.record.AuditEvent#getAction()
	 * @see #getAuditEvent()
	 * @generated
	 */
	EAttribute getAuditEvent_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.AuditEvent#getObjectType <em>Object Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Object Type</em>'.
	 * @see org.casenotes.model.record.AuditEvent#getObjectType()
	 * @see #getAuditEvent()
	 * @generated
	 */
	EAttribute getAuditEvent_ObjectType();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.AuditEvent#getObjectId <em>Object Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Object Id</em>'.
	 * @see org.casenotes.model.record.AuditEvent#getObjectId()
	 * @see #getAuditEvent()
	 * @generated
	 */
	EAttribute getAuditEvent_ObjectId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.record.AuditEvent#getDetail <em>Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detail</em>'.
	 * @see org.casenotes.model.record.AuditEvent#getDetail()
	 * @see #getAuditEvent()
	 * @generated
	 */
	EAttribute getAuditEvent_Detail();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.record.ClinicianRole <em>Clinician Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Clinician Role</em>'.
	 * @see org.casenotes.model.record.ClinicianRole
	 * @generated
	 */
	EEnum getClinicianRole();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.record.ClientStatus <em>Client Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Client Status</em>'.
	 * @see org.casenotes.model.record.ClientStatus
	 * @generated
	 */
	EEnum getClientStatus();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.record.EpisodeStatus <em>Episode Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Episode Status</em>'.
	 * @see org.casenotes.model.record.EpisodeStatus
	 * @generated
	 */
	EEnum getEpisodeStatus();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.record.PlanStatus <em>Plan Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Plan Status</em>'.
	 * @see org.casenotes.model.record.PlanStatus
	 * @generated
	 */
	EEnum getPlanStatus();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.record.GoalStatus <em>Goal Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Goal Status</em>'.
	 * @see org.casenotes.model.record.GoalStatus
	 * @generated
	 */
	EEnum getGoalStatus();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.record.Modality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Modality</em>'.
	 * @see org.casenotes.model.record.Modality
	 * @generated
	 */
	EEnum getModality();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.record.TelehealthMode <em>Telehealth Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Telehealth Mode</em>'.
	 * @see org.casenotes.model.record.TelehealthMode
	 * @generated
	 */
	EEnum getTelehealthMode();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.record.NoteStatus <em>Note Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Note Status</em>'.
	 * @see org.casenotes.model.record.NoteStatus
	 * @generated
	 */
	EEnum getNoteStatus();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.record.ValueProvenance <em>Value Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Value Provenance</em>'.
	 * @see org.casenotes.model.record.ValueProvenance
	 * @generated
	 */
	EEnum getValueProvenance();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.record.AuditAction <em>Audit Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Audit Action</em>'.
	 * @see org.casenotes.model.record.AuditAction
	 * @generated
	 */
	EEnum getAuditAction();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An ISO-8601 calendar date.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalTime <em>Local Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An ISO-8601 time of day.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Time</em>'.
	 * @see java.time.LocalTime
	 * @model instanceClass="java.time.LocalTime"
	 * @generated
	 */
	EDataType getLocalTime();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDateTime <em>Local Date Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An ISO-8601 date and time without zone.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date Time</em>'.
	 * @see java.time.LocalDateTime
	 * @model instanceClass="java.time.LocalDateTime"
	 * @generated
	 */
	EDataType getLocalDateTime();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point in time (UTC, ISO-8601).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RecordFactory getRecordFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.IdentifiedImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.AgencyImpl <em>Agency</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.AgencyImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getAgency()
		 * @generated
		 */
		EClass AGENCY = eINSTANCE.getAgency();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__NAME = eINSTANCE.getAgency_Name();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__ADDRESS = eINSTANCE.getAgency_Address();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__PHONE = eINSTANCE.getAgency_Phone();

		/**
		 * The meta object literal for the '<em><b>Signing Window Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__SIGNING_WINDOW_DAYS = eINSTANCE.getAgency_SigningWindowDays();

		/**
		 * The meta object literal for the '<em><b>Clinicians</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__CLINICIANS = eINSTANCE.getAgency_Clinicians();

		/**
		 * The meta object literal for the '<em><b>Clients</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__CLIENTS = eINSTANCE.getAgency_Clients();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.ClinicianImpl <em>Clinician</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.ClinicianImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getClinician()
		 * @generated
		 */
		EClass CLINICIAN = eINSTANCE.getClinician();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLINICIAN__NAME = eINSTANCE.getClinician_Name();

		/**
		 * The meta object literal for the '<em><b>Credentials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLINICIAN__CREDENTIALS = eINSTANCE.getClinician_Credentials();

		/**
		 * The meta object literal for the '<em><b>License Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLINICIAN__LICENSE_NUMBER = eINSTANCE.getClinician_LicenseNumber();

		/**
		 * The meta object literal for the '<em><b>License State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLINICIAN__LICENSE_STATE = eINSTANCE.getClinician_LicenseState();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLINICIAN__ROLE = eINSTANCE.getClinician_Role();

		/**
		 * The meta object literal for the '<em><b>Supervisor Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLINICIAN__SUPERVISOR_ID = eINSTANCE.getClinician_SupervisorId();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.ClientImpl <em>Client</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.ClientImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getClient()
		 * @generated
		 */
		EClass CLIENT = eINSTANCE.getClient();

		/**
		 * The meta object literal for the '<em><b>Legal Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__LEGAL_NAME = eINSTANCE.getClient_LegalName();

		/**
		 * The meta object literal for the '<em><b>Preferred Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__PREFERRED_NAME = eINSTANCE.getClient_PreferredName();

		/**
		 * The meta object literal for the '<em><b>Pronouns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__PRONOUNS = eINSTANCE.getClient_Pronouns();

		/**
		 * The meta object literal for the '<em><b>Date Of Birth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__DATE_OF_BIRTH = eINSTANCE.getClient_DateOfBirth();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__STATUS = eINSTANCE.getClient_Status();

		/**
		 * The meta object literal for the '<em><b>Primary Clinician Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__PRIMARY_CLINICIAN_ID = eINSTANCE.getClient_PrimaryClinicianId();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__CONTACT = eINSTANCE.getClient_Contact();

		/**
		 * The meta object literal for the '<em><b>Coverages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__COVERAGES = eINSTANCE.getClient_Coverages();

		/**
		 * The meta object literal for the '<em><b>Diagnoses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__DIAGNOSES = eINSTANCE.getClient_Diagnoses();

		/**
		 * The meta object literal for the '<em><b>Episodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__EPISODES = eINSTANCE.getClient_Episodes();

		/**
		 * The meta object literal for the '<em><b>Sessions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__SESSIONS = eINSTANCE.getClient_Sessions();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__NOTES = eINSTANCE.getClient_Notes();

		/**
		 * The meta object literal for the '<em><b>Measure Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__MEASURE_RESULTS = eINSTANCE.getClient_MeasureResults();

		/**
		 * The meta object literal for the '<em><b>Letters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__LETTERS = eINSTANCE.getClient_Letters();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.ContactDetailsImpl <em>Contact Details</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.ContactDetailsImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getContactDetails()
		 * @generated
		 */
		EClass CONTACT_DETAILS = eINSTANCE.getContactDetails();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__PHONE = eINSTANCE.getContactDetails_Phone();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__EMAIL = eINSTANCE.getContactDetails_Email();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__ADDRESS = eINSTANCE.getContactDetails_Address();

		/**
		 * The meta object literal for the '<em><b>May Leave Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__MAY_LEAVE_MESSAGE = eINSTANCE.getContactDetails_MayLeaveMessage();

		/**
		 * The meta object literal for the '<em><b>Emergency Contact Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__EMERGENCY_CONTACT_NAME = eINSTANCE.getContactDetails_EmergencyContactName();

		/**
		 * The meta object literal for the '<em><b>Emergency Contact Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAILS__EMERGENCY_CONTACT_PHONE = eINSTANCE.getContactDetails_EmergencyContactPhone();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.CoverageImpl <em>Coverage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.CoverageImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getCoverage()
		 * @generated
		 */
		EClass COVERAGE = eINSTANCE.getCoverage();

		/**
		 * The meta object literal for the '<em><b>Payer Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVERAGE__PAYER_NAME = eINSTANCE.getCoverage_PayerName();

		/**
		 * The meta object literal for the '<em><b>Payer Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVERAGE__PAYER_ID = eINSTANCE.getCoverage_PayerId();

		/**
		 * The meta object literal for the '<em><b>Member Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVERAGE__MEMBER_ID = eINSTANCE.getCoverage_MemberId();

		/**
		 * The meta object literal for the '<em><b>Group Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVERAGE__GROUP_NUMBER = eINSTANCE.getCoverage_GroupNumber();

		/**
		 * The meta object literal for the '<em><b>Primary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVERAGE__PRIMARY = eINSTANCE.getCoverage_Primary();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVERAGE__START_DATE = eINSTANCE.getCoverage_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVERAGE__END_DATE = eINSTANCE.getCoverage_EndDate();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.DiagnosisImpl <em>Diagnosis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.DiagnosisImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getDiagnosis()
		 * @generated
		 */
		EClass DIAGNOSIS = eINSTANCE.getDiagnosis();

		/**
		 * The meta object literal for the '<em><b>Icd10 Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSIS__ICD10_CODE = eINSTANCE.getDiagnosis_Icd10Code();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSIS__DESCRIPTION = eINSTANCE.getDiagnosis_Description();

		/**
		 * The meta object literal for the '<em><b>Primary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSIS__PRIMARY = eINSTANCE.getDiagnosis_Primary();

		/**
		 * The meta object literal for the '<em><b>Diagnosed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSIS__DIAGNOSED_ON = eINSTANCE.getDiagnosis_DiagnosedOn();

		/**
		 * The meta object literal for the '<em><b>Resolved On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSIS__RESOLVED_ON = eINSTANCE.getDiagnosis_ResolvedOn();

		/**
		 * The meta object literal for the '<em><b>Onset On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSIS__ONSET_ON = eINSTANCE.getDiagnosis_OnsetOn();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.EpisodeOfCareImpl <em>Episode Of Care</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.EpisodeOfCareImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getEpisodeOfCare()
		 * @generated
		 */
		EClass EPISODE_OF_CARE = eINSTANCE.getEpisodeOfCare();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPISODE_OF_CARE__START_DATE = eINSTANCE.getEpisodeOfCare_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPISODE_OF_CARE__END_DATE = eINSTANCE.getEpisodeOfCare_EndDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPISODE_OF_CARE__STATUS = eINSTANCE.getEpisodeOfCare_Status();

		/**
		 * The meta object literal for the '<em><b>Referral Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPISODE_OF_CARE__REFERRAL_SOURCE = eINSTANCE.getEpisodeOfCare_ReferralSource();

		/**
		 * The meta object literal for the '<em><b>Reason For Services</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPISODE_OF_CARE__REASON_FOR_SERVICES = eINSTANCE.getEpisodeOfCare_ReasonForServices();

		/**
		 * The meta object literal for the '<em><b>Primary Clinician Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPISODE_OF_CARE__PRIMARY_CLINICIAN_ID = eINSTANCE.getEpisodeOfCare_PrimaryClinicianId();

		/**
		 * The meta object literal for the '<em><b>Treatment Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EPISODE_OF_CARE__TREATMENT_PLANS = eINSTANCE.getEpisodeOfCare_TreatmentPlans();

		/**
		 * The meta object literal for the '<em><b>Intake On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPISODE_OF_CARE__INTAKE_ON = eINSTANCE.getEpisodeOfCare_IntakeOn();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.TreatmentPlanImpl <em>Treatment Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.TreatmentPlanImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getTreatmentPlan()
		 * @generated
		 */
		EClass TREATMENT_PLAN = eINSTANCE.getTreatmentPlan();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREATMENT_PLAN__VERSION = eINSTANCE.getTreatmentPlan_Version();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREATMENT_PLAN__STATUS = eINSTANCE.getTreatmentPlan_Status();

		/**
		 * The meta object literal for the '<em><b>Effective Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREATMENT_PLAN__EFFECTIVE_DATE = eINSTANCE.getTreatmentPlan_EffectiveDate();

		/**
		 * The meta object literal for the '<em><b>Next Review Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREATMENT_PLAN__NEXT_REVIEW_DATE = eINSTANCE.getTreatmentPlan_NextReviewDate();

		/**
		 * The meta object literal for the '<em><b>Author Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREATMENT_PLAN__AUTHOR_ID = eINSTANCE.getTreatmentPlan_AuthorId();

		/**
		 * The meta object literal for the '<em><b>Note Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREATMENT_PLAN__NOTE_ID = eINSTANCE.getTreatmentPlan_NoteId();

		/**
		 * The meta object literal for the '<em><b>Problems</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TREATMENT_PLAN__PROBLEMS = eINSTANCE.getTreatmentPlan_Problems();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.ProblemImpl <em>Problem</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.ProblemImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getProblem()
		 * @generated
		 */
		EClass PROBLEM = eINSTANCE.getProblem();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__STATEMENT = eINSTANCE.getProblem_Statement();

		/**
		 * The meta object literal for the '<em><b>Diagnosis Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBLEM__DIAGNOSIS_CODE = eINSTANCE.getProblem_DiagnosisCode();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROBLEM__GOALS = eINSTANCE.getProblem_Goals();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.GoalImpl <em>Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.GoalImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getGoal()
		 * @generated
		 */
		EClass GOAL = eINSTANCE.getGoal();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__STATEMENT = eINSTANCE.getGoal_Statement();

		/**
		 * The meta object literal for the '<em><b>Target Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__TARGET_DATE = eINSTANCE.getGoal_TargetDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__STATUS = eINSTANCE.getGoal_Status();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__OBJECTIVES = eINSTANCE.getGoal_Objectives();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.ObjectiveImpl <em>Objective</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.ObjectiveImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getObjective()
		 * @generated
		 */
		EClass OBJECTIVE = eINSTANCE.getObjective();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__STATEMENT = eINSTANCE.getObjective_Statement();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__MEASURE = eINSTANCE.getObjective_Measure();

		/**
		 * The meta object literal for the '<em><b>Target Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__TARGET_DATE = eINSTANCE.getObjective_TargetDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__STATUS = eINSTANCE.getObjective_Status();

		/**
		 * The meta object literal for the '<em><b>Interventions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE__INTERVENTIONS = eINSTANCE.getObjective_Interventions();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.InterventionImpl <em>Intervention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.InterventionImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getIntervention()
		 * @generated
		 */
		EClass INTERVENTION = eINSTANCE.getIntervention();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__DESCRIPTION = eINSTANCE.getIntervention_Description();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__FREQUENCY = eINSTANCE.getIntervention_Frequency();

		/**
		 * The meta object literal for the '<em><b>Responsible Clinician Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__RESPONSIBLE_CLINICIAN_ID = eINSTANCE.getIntervention_ResponsibleClinicianId();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.SessionImpl <em>Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.SessionImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getSession()
		 * @generated
		 */
		EClass SESSION = eINSTANCE.getSession();

		/**
		 * The meta object literal for the '<em><b>Episode Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__EPISODE_ID = eINSTANCE.getSession_EpisodeId();

		/**
		 * The meta object literal for the '<em><b>Clinician Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__CLINICIAN_ID = eINSTANCE.getSession_ClinicianId();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__DATE = eINSTANCE.getSession_Date();

		/**
		 * The meta object literal for the '<em><b>Start Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__START_TIME = eINSTANCE.getSession_StartTime();

		/**
		 * The meta object literal for the '<em><b>Stop Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__STOP_TIME = eINSTANCE.getSession_StopTime();

		/**
		 * The meta object literal for the '<em><b>Modality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__MODALITY = eINSTANCE.getSession_Modality();

		/**
		 * The meta object literal for the '<em><b>Service Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__SERVICE_TYPE = eINSTANCE.getSession_ServiceType();

		/**
		 * The meta object literal for the '<em><b>Place Of Service</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__PLACE_OF_SERVICE = eINSTANCE.getSession_PlaceOfService();

		/**
		 * The meta object literal for the '<em><b>Cpt Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__CPT_CODE = eINSTANCE.getSession_CptCode();

		/**
		 * The meta object literal for the '<em><b>Telehealth</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__TELEHEALTH = eINSTANCE.getSession_Telehealth();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__PARTICIPANTS = eINSTANCE.getSession_Participants();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.TelehealthDetailsImpl <em>Telehealth Details</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.TelehealthDetailsImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getTelehealthDetails()
		 * @generated
		 */
		EClass TELEHEALTH_DETAILS = eINSTANCE.getTelehealthDetails();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TELEHEALTH_DETAILS__MODE = eINSTANCE.getTelehealthDetails_Mode();

		/**
		 * The meta object literal for the '<em><b>Client Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TELEHEALTH_DETAILS__CLIENT_LOCATION = eINSTANCE.getTelehealthDetails_ClientLocation();

		/**
		 * The meta object literal for the '<em><b>Clinician Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TELEHEALTH_DETAILS__CLINICIAN_LOCATION = eINSTANCE.getTelehealthDetails_ClinicianLocation();

		/**
		 * The meta object literal for the '<em><b>Consent Obtained</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TELEHEALTH_DETAILS__CONSENT_OBTAINED = eINSTANCE.getTelehealthDetails_ConsentObtained();

		/**
		 * The meta object literal for the '<em><b>Consent Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TELEHEALTH_DETAILS__CONSENT_DATE = eINSTANCE.getTelehealthDetails_ConsentDate();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.ParticipantImpl <em>Participant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.ParticipantImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getParticipant()
		 * @generated
		 */
		EClass PARTICIPANT = eINSTANCE.getParticipant();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__NAME = eINSTANCE.getParticipant_Name();

		/**
		 * The meta object literal for the '<em><b>Relationship</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__RELATIONSHIP = eINSTANCE.getParticipant_Relationship();

		/**
		 * The meta object literal for the '<em><b>Client Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__CLIENT_ID = eINSTANCE.getParticipant_ClientId();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.ValueHolder <em>Value Holder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.ValueHolder
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getValueHolder()
		 * @generated
		 */
		EClass VALUE_HOLDER = eINSTANCE.getValueHolder();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_HOLDER__VALUES = eINSTANCE.getValueHolder_Values();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_HOLDER__GROUPS = eINSTANCE.getValueHolder_Groups();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.GroupValueImpl <em>Group Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.GroupValueImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getGroupValue()
		 * @generated
		 */
		EClass GROUP_VALUE = eINSTANCE.getGroupValue();

		/**
		 * The meta object literal for the '<em><b>Group Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_VALUE__GROUP_ID = eINSTANCE.getGroupValue_GroupId();

		/**
		 * The meta object literal for the '<em><b>Rows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GROUP_VALUE__ROWS = eINSTANCE.getGroupValue_Rows();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.GroupRowImpl <em>Group Row</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.GroupRowImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getGroupRow()
		 * @generated
		 */
		EClass GROUP_ROW = eINSTANCE.getGroupRow();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.NoteImpl <em>Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.NoteImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getNote()
		 * @generated
		 */
		EClass NOTE = eINSTANCE.getNote();

		/**
		 * The meta object literal for the '<em><b>Client Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__CLIENT_ID = eINSTANCE.getNote_ClientId();

		/**
		 * The meta object literal for the '<em><b>Episode Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__EPISODE_ID = eINSTANCE.getNote_EpisodeId();

		/**
		 * The meta object literal for the '<em><b>Session Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__SESSION_ID = eINSTANCE.getNote_SessionId();

		/**
		 * The meta object literal for the '<em><b>Template Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__TEMPLATE_ID = eINSTANCE.getNote_TemplateId();

		/**
		 * The meta object literal for the '<em><b>Template Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__TEMPLATE_VERSION = eINSTANCE.getNote_TemplateVersion();

		/**
		 * The meta object literal for the '<em><b>Author Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__AUTHOR_ID = eINSTANCE.getNote_AuthorId();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__STATUS = eINSTANCE.getNote_Status();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__CREATED_AT = eINSTANCE.getNote_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Date Of Service</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__DATE_OF_SERVICE = eINSTANCE.getNote_DateOfService();

		/**
		 * The meta object literal for the '<em><b>Service End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__SERVICE_END = eINSTANCE.getNote_ServiceEnd();

		/**
		 * The meta object literal for the '<em><b>Signature</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOTE__SIGNATURE = eINSTANCE.getNote_Signature();

		/**
		 * The meta object literal for the '<em><b>Cosignature</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOTE__COSIGNATURE = eINSTANCE.getNote_Cosignature();

		/**
		 * The meta object literal for the '<em><b>Addenda</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOTE__ADDENDA = eINSTANCE.getNote_Addenda();

		/**
		 * The meta object literal for the '<em><b>Late Entry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__LATE_ENTRY = eINSTANCE.getNote_LateEntry();

		/**
		 * The meta object literal for the '<em><b>Late Entry Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__LATE_ENTRY_REASON = eINSTANCE.getNote_LateEntryReason();

		/**
		 * The meta object literal for the '<em><b>Review Comments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOTE__REVIEW_COMMENTS = eINSTANCE.getNote_ReviewComments();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.SignatureImpl <em>Signature</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.SignatureImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getSignature()
		 * @generated
		 */
		EClass SIGNATURE = eINSTANCE.getSignature();

		/**
		 * The meta object literal for the '<em><b>Signer Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__SIGNER_ID = eINSTANCE.getSignature_SignerId();

		/**
		 * The meta object literal for the '<em><b>Signer Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__SIGNER_NAME = eINSTANCE.getSignature_SignerName();

		/**
		 * The meta object literal for the '<em><b>Credentials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__CREDENTIALS = eINSTANCE.getSignature_Credentials();

		/**
		 * The meta object literal for the '<em><b>Signed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__SIGNED_AT = eINSTANCE.getSignature_SignedAt();

		/**
		 * The meta object literal for the '<em><b>Content Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE__CONTENT_HASH = eINSTANCE.getSignature_ContentHash();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.AddendumImpl <em>Addendum</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.AddendumImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getAddendum()
		 * @generated
		 */
		EClass ADDENDUM = eINSTANCE.getAddendum();

		/**
		 * The meta object literal for the '<em><b>Author Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDENDUM__AUTHOR_ID = eINSTANCE.getAddendum_AuthorId();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDENDUM__CREATED_AT = eINSTANCE.getAddendum_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDENDUM__REASON = eINSTANCE.getAddendum_Reason();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDENDUM__TEXT = eINSTANCE.getAddendum_Text();

		/**
		 * The meta object literal for the '<em><b>Content Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDENDUM__CONTENT_HASH = eINSTANCE.getAddendum_ContentHash();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.ReviewCommentImpl <em>Review Comment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.ReviewCommentImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getReviewComment()
		 * @generated
		 */
		EClass REVIEW_COMMENT = eINSTANCE.getReviewComment();

		/**
		 * The meta object literal for the '<em><b>Reviewer Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__REVIEWER_ID = eINSTANCE.getReviewComment_ReviewerId();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__CREATED_AT = eINSTANCE.getReviewComment_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Field Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__FIELD_ID = eINSTANCE.getReviewComment_FieldId();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__TEXT = eINSTANCE.getReviewComment_Text();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.FieldValueImpl <em>Field Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.FieldValueImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getFieldValue()
		 * @generated
		 */
		EClass FIELD_VALUE = eINSTANCE.getFieldValue();

		/**
		 * The meta object literal for the '<em><b>Field Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_VALUE__FIELD_ID = eINSTANCE.getFieldValue_FieldId();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_VALUE__PROVENANCE = eINSTANCE.getFieldValue_Provenance();

		/**
		 * The meta object literal for the '<em><b>Carried From Note Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_VALUE__CARRIED_FROM_NOTE_ID = eINSTANCE.getFieldValue_CarriedFromNoteId();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.TextValueImpl <em>Text Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.TextValueImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getTextValue()
		 * @generated
		 */
		EClass TEXT_VALUE = eINSTANCE.getTextValue();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_VALUE__TEXT = eINSTANCE.getTextValue_Text();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.NumberValueImpl <em>Number Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.NumberValueImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getNumberValue()
		 * @generated
		 */
		EClass NUMBER_VALUE = eINSTANCE.getNumberValue();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMBER_VALUE__VALUE = eINSTANCE.getNumberValue_Value();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.BooleanValueImpl <em>Boolean Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.BooleanValueImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getBooleanValue()
		 * @generated
		 */
		EClass BOOLEAN_VALUE = eINSTANCE.getBooleanValue();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOLEAN_VALUE__VALUE = eINSTANCE.getBooleanValue_Value();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.DateValueImpl <em>Date Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.DateValueImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getDateValue()
		 * @generated
		 */
		EClass DATE_VALUE = eINSTANCE.getDateValue();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATE_VALUE__VALUE = eINSTANCE.getDateValue_Value();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.TimeValueImpl <em>Time Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.TimeValueImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getTimeValue()
		 * @generated
		 */
		EClass TIME_VALUE = eINSTANCE.getTimeValue();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_VALUE__VALUE = eINSTANCE.getTimeValue_Value();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.DateTimeValueImpl <em>Date Time Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.DateTimeValueImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getDateTimeValue()
		 * @generated
		 */
		EClass DATE_TIME_VALUE = eINSTANCE.getDateTimeValue();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATE_TIME_VALUE__VALUE = eINSTANCE.getDateTimeValue_Value();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.DurationValueImpl <em>Duration Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.DurationValueImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getDurationValue()
		 * @generated
		 */
		EClass DURATION_VALUE = eINSTANCE.getDurationValue();

		/**
		 * The meta object literal for the '<em><b>Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DURATION_VALUE__MINUTES = eINSTANCE.getDurationValue_Minutes();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.ChoiceValueImpl <em>Choice Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.ChoiceValueImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getChoiceValue()
		 * @generated
		 */
		EClass CHOICE_VALUE = eINSTANCE.getChoiceValue();

		/**
		 * The meta object literal for the '<em><b>Option Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHOICE_VALUE__OPTION_IDS = eINSTANCE.getChoiceValue_OptionIds();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.GoalReferenceValueImpl <em>Goal Reference Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.GoalReferenceValueImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getGoalReferenceValue()
		 * @generated
		 */
		EClass GOAL_REFERENCE_VALUE = eINSTANCE.getGoalReferenceValue();

		/**
		 * The meta object literal for the '<em><b>Plan Element Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL_REFERENCE_VALUE__PLAN_ELEMENT_IDS = eINSTANCE.getGoalReferenceValue_PlanElementIds();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.MeasureResultImpl <em>Measure Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.MeasureResultImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getMeasureResult()
		 * @generated
		 */
		EClass MEASURE_RESULT = eINSTANCE.getMeasureResult();

		/**
		 * The meta object literal for the '<em><b>Instrument Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE_RESULT__INSTRUMENT_ID = eINSTANCE.getMeasureResult_InstrumentId();

		/**
		 * The meta object literal for the '<em><b>Administered On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE_RESULT__ADMINISTERED_ON = eINSTANCE.getMeasureResult_AdministeredOn();

		/**
		 * The meta object literal for the '<em><b>Note Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE_RESULT__NOTE_ID = eINSTANCE.getMeasureResult_NoteId();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE_RESULT__ANSWERS = eINSTANCE.getMeasureResult_Answers();

		/**
		 * The meta object literal for the '<em><b>Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE_RESULT__TOTAL = eINSTANCE.getMeasureResult_Total();

		/**
		 * The meta object literal for the '<em><b>Band</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE_RESULT__BAND = eINSTANCE.getMeasureResult_Band();

		/**
		 * The meta object literal for the '<em><b>Critical Item Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE_RESULT__CRITICAL_ITEM_IDS = eINSTANCE.getMeasureResult_CriticalItemIds();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.ItemAnswerImpl <em>Item Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.ItemAnswerImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getItemAnswer()
		 * @generated
		 */
		EClass ITEM_ANSWER = eINSTANCE.getItemAnswer();

		/**
		 * The meta object literal for the '<em><b>Item Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_ANSWER__ITEM_ID = eINSTANCE.getItemAnswer_ItemId();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_ANSWER__SCORE = eINSTANCE.getItemAnswer_Score();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.LetterImpl <em>Letter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.LetterImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getLetter()
		 * @generated
		 */
		EClass LETTER = eINSTANCE.getLetter();

		/**
		 * The meta object literal for the '<em><b>Template Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LETTER__TEMPLATE_ID = eINSTANCE.getLetter_TemplateId();

		/**
		 * The meta object literal for the '<em><b>Template Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LETTER__TEMPLATE_VERSION = eINSTANCE.getLetter_TemplateVersion();

		/**
		 * The meta object literal for the '<em><b>Author Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LETTER__AUTHOR_ID = eINSTANCE.getLetter_AuthorId();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LETTER__CREATED_AT = eINSTANCE.getLetter_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Recipient</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LETTER__RECIPIENT = eINSTANCE.getLetter_Recipient();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LETTER__TEXT = eINSTANCE.getLetter_Text();

		/**
		 * The meta object literal for the '<em><b>Letterhead</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LETTER__LETTERHEAD = eINSTANCE.getLetter_Letterhead();

		/**
		 * The meta object literal for the '<em><b>Signature</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LETTER__SIGNATURE = eINSTANCE.getLetter_Signature();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.PsychotherapyNotebookImpl <em>Psychotherapy Notebook</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.PsychotherapyNotebookImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getPsychotherapyNotebook()
		 * @generated
		 */
		EClass PSYCHOTHERAPY_NOTEBOOK = eINSTANCE.getPsychotherapyNotebook();

		/**
		 * The meta object literal for the '<em><b>Client Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PSYCHOTHERAPY_NOTEBOOK__CLIENT_ID = eINSTANCE.getPsychotherapyNotebook_ClientId();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PSYCHOTHERAPY_NOTEBOOK__NOTES = eINSTANCE.getPsychotherapyNotebook_Notes();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.impl.AuditEventImpl <em>Audit Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.impl.AuditEventImpl
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getAuditEvent()
		 * @generated
		 */
		EClass AUDIT_EVENT = eINSTANCE.getAuditEvent();

		/**
		 * The meta object literal for the '<em><b>Actor Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_EVENT__ACTOR_ID = eINSTANCE.getAuditEvent_ActorId();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_EVENT__AT = eINSTANCE.getAuditEvent_At();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_EVENT__ACTION = eINSTANCE.getAuditEvent_Action();

		/**
		 * The meta object literal for the '<em><b>Object Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_EVENT__OBJECT_TYPE = eINSTANCE.getAuditEvent_ObjectType();

		/**
		 * The meta object literal for the '<em><b>Object Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_EVENT__OBJECT_ID = eINSTANCE.getAuditEvent_ObjectId();

		/**
		 * The meta object literal for the '<em><b>Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_EVENT__DETAIL = eINSTANCE.getAuditEvent_Detail();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.ClinicianRole <em>Clinician Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.ClinicianRole
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getClinicianRole()
		 * @generated
		 */
		EEnum CLINICIAN_ROLE = eINSTANCE.getClinicianRole();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.ClientStatus <em>Client Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.ClientStatus
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getClientStatus()
		 * @generated
		 */
		EEnum CLIENT_STATUS = eINSTANCE.getClientStatus();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.EpisodeStatus <em>Episode Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.EpisodeStatus
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getEpisodeStatus()
		 * @generated
		 */
		EEnum EPISODE_STATUS = eINSTANCE.getEpisodeStatus();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.PlanStatus <em>Plan Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.PlanStatus
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getPlanStatus()
		 * @generated
		 */
		EEnum PLAN_STATUS = eINSTANCE.getPlanStatus();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.GoalStatus <em>Goal Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.GoalStatus
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getGoalStatus()
		 * @generated
		 */
		EEnum GOAL_STATUS = eINSTANCE.getGoalStatus();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.Modality <em>Modality</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.Modality
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getModality()
		 * @generated
		 */
		EEnum MODALITY = eINSTANCE.getModality();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.TelehealthMode <em>Telehealth Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.TelehealthMode
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getTelehealthMode()
		 * @generated
		 */
		EEnum TELEHEALTH_MODE = eINSTANCE.getTelehealthMode();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.NoteStatus <em>Note Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.NoteStatus
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getNoteStatus()
		 * @generated
		 */
		EEnum NOTE_STATUS = eINSTANCE.getNoteStatus();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.ValueProvenance <em>Value Provenance</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.ValueProvenance
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getValueProvenance()
		 * @generated
		 */
		EEnum VALUE_PROVENANCE = eINSTANCE.getValueProvenance();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.record.AuditAction <em>Audit Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.record.AuditAction
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getAuditAction()
		 * @generated
		 */
		EEnum AUDIT_ACTION = eINSTANCE.getAuditAction();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Local Time</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalTime
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getLocalTime()
		 * @generated
		 */
		EDataType LOCAL_TIME = eINSTANCE.getLocalTime();

		/**
		 * The meta object literal for the '<em>Local Date Time</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDateTime
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getLocalDateTime()
		 * @generated
		 */
		EDataType LOCAL_DATE_TIME = eINSTANCE.getLocalDateTime();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.casenotes.model.record.impl.RecordPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //RecordPackage
