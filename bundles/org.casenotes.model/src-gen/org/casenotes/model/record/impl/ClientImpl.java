/**
 */
package org.casenotes.model.record.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.ContactDetails;
import org.casenotes.model.record.Coverage;
import org.casenotes.model.record.Diagnosis;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.Letter;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.RecordPackage;
import org.casenotes.model.record.Session;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Client</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.impl.ClientImpl#getLegalName <em>Legal Name</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ClientImpl#getPreferredName <em>Preferred Name</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ClientImpl#getPronouns <em>Pronouns</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ClientImpl#getDateOfBirth <em>Date Of Birth</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ClientImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ClientImpl#getPrimaryClinicianId <em>Primary Clinician Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ClientImpl#getContact <em>Contact</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ClientImpl#getCoverages <em>Coverages</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ClientImpl#getDiagnoses <em>Diagnoses</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ClientImpl#getEpisodes <em>Episodes</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ClientImpl#getSessions <em>Sessions</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ClientImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ClientImpl#getMeasureResults <em>Measure Results</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ClientImpl#getLetters <em>Letters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClientImpl extends IdentifiedImpl implements Client {
	/**
	 * The default value of the '{@link #getLegalName() <em>Legal Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalName()
	 * @generated
	 * @ordered
	 */
	protected static final String LEGAL_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLegalName() <em>Legal Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalName()
	 * @generated
	 * @ordered
	 */
	protected String legalName = LEGAL_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreferredName() <em>Preferred Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferredName()
	 * @generated
	 * @ordered
	 */
	protected static final String PREFERRED_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreferredName() <em>Preferred Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferredName()
	 * @generated
	 * @ordered
	 */
	protected String preferredName = PREFERRED_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPronouns() <em>Pronouns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPronouns()
	 * @generated
	 * @ordered
	 */
	protected static final String PRONOUNS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPronouns() <em>Pronouns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPronouns()
	 * @generated
	 * @ordered
	 */
	protected String pronouns = PRONOUNS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDateOfBirth() <em>Date Of Birth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateOfBirth()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_OF_BIRTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDateOfBirth() <em>Date Of Birth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateOfBirth()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dateOfBirth = DATE_OF_BIRTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ClientStatus STATUS_EDEFAULT = ClientStatus.ACTIVE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ClientStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrimaryClinicianId() <em>Primary Clinician Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryClinicianId()
	 * @generated
	 * @ordered
	 */
	protected static final String PRIMARY_CLINICIAN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrimaryClinicianId() <em>Primary Clinician Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryClinicianId()
	 * @generated
	 * @ordered
	 */
	protected String primaryClinicianId = PRIMARY_CLINICIAN_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getContact() <em>Contact</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContact()
	 * @generated
	 * @ordered
	 */
	protected ContactDetails contact;

	/**
	 * The cached value of the '{@link #getCoverages() <em>Coverages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoverages()
	 * @generated
	 * @ordered
	 */
	protected EList<Coverage> coverages;

	/**
	 * The cached value of the '{@link #getDiagnoses() <em>Diagnoses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagnoses()
	 * @generated
	 * @ordered
	 */
	protected EList<Diagnosis> diagnoses;

	/**
	 * The cached value of the '{@link #getEpisodes() <em>Episodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpisodes()
	 * @generated
	 * @ordered
	 */
	protected EList<EpisodeOfCare> episodes;

	/**
	 * The cached value of the '{@link #getSessions() <em>Sessions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessions()
	 * @generated
	 * @ordered
	 */
	protected EList<Session> sessions;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<Note> notes;

	/**
	 * The cached value of the '{@link #getMeasureResults() <em>Measure Results</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasureResults()
	 * @generated
	 * @ordered
	 */
	protected EList<MeasureResult> measureResults;

	/**
	 * The cached value of the '{@link #getLetters() <em>Letters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLetters()
	 * @generated
	 * @ordered
	 */
	protected EList<Letter> letters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClientImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecordPackage.Literals.CLIENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLegalName() {
		return legalName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegalName(String newLegalName) {
		String oldLegalName = legalName;
		legalName = newLegalName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.CLIENT__LEGAL_NAME, oldLegalName, legalName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreferredName() {
		return preferredName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreferredName(String newPreferredName) {
		String oldPreferredName = preferredName;
		preferredName = newPreferredName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.CLIENT__PREFERRED_NAME, oldPreferredName, preferredName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPronouns() {
		return pronouns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPronouns(String newPronouns) {
		String oldPronouns = pronouns;
		pronouns = newPronouns;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.CLIENT__PRONOUNS, oldPronouns, pronouns));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDateOfBirth() {
		return dateOfBirth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDateOfBirth(LocalDate newDateOfBirth) {
		LocalDate oldDateOfBirth = dateOfBirth;
		dateOfBirth = newDateOfBirth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.CLIENT__DATE_OF_BIRTH, oldDateOfBirth, dateOfBirth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClientStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ClientStatus newStatus) {
		ClientStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.CLIENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrimaryClinicianId() {
		return primaryClinicianId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimaryClinicianId(String newPrimaryClinicianId) {
		String oldPrimaryClinicianId = primaryClinicianId;
		primaryClinicianId = newPrimaryClinicianId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.CLIENT__PRIMARY_CLINICIAN_ID, oldPrimaryClinicianId, primaryClinicianId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactDetails getContact() {
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetContact(ContactDetails newContact, NotificationChain msgs) {
		ContactDetails oldContact = contact;
		contact = newContact;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RecordPackage.CLIENT__CONTACT, oldContact, newContact);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContact(ContactDetails newContact) {
		if (newContact != contact) {
			NotificationChain msgs = null;
			if (contact != null)
				msgs = ((InternalEObject)contact).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RecordPackage.CLIENT__CONTACT, null, msgs);
			if (newContact != null)
				msgs = ((InternalEObject)newContact).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RecordPackage.CLIENT__CONTACT, null, msgs);
			msgs = basicSetContact(newContact, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.CLIENT__CONTACT, newContact, newContact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Coverage> getCoverages() {
		if (coverages == null) {
			coverages = new EObjectContainmentEList<Coverage>(Coverage.class, this, RecordPackage.CLIENT__COVERAGES);
		}
		return coverages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Diagnosis> getDiagnoses() {
		if (diagnoses == null) {
			diagnoses = new EObjectContainmentEList<Diagnosis>(Diagnosis.class, this, RecordPackage.CLIENT__DIAGNOSES);
		}
		return diagnoses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EpisodeOfCare> getEpisodes() {
		if (episodes == null) {
			episodes = new EObjectContainmentEList<EpisodeOfCare>(EpisodeOfCare.class, this, RecordPackage.CLIENT__EPISODES);
		}
		return episodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Session> getSessions() {
		if (sessions == null) {
			sessions = new EObjectContainmentEList<Session>(Session.class, this, RecordPackage.CLIENT__SESSIONS);
		}
		return sessions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Note> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<Note>(Note.class, this, RecordPackage.CLIENT__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MeasureResult> getMeasureResults() {
		if (measureResults == null) {
			measureResults = new EObjectContainmentEList<MeasureResult>(MeasureResult.class, this, RecordPackage.CLIENT__MEASURE_RESULTS);
		}
		return measureResults;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Letter> getLetters() {
		if (letters == null) {
			letters = new EObjectContainmentEList<Letter>(Letter.class, this, RecordPackage.CLIENT__LETTERS);
		}
		return letters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RecordPackage.CLIENT__CONTACT:
				return basicSetContact(null, msgs);
			case RecordPackage.CLIENT__COVERAGES:
				return ((InternalEList<?>)getCoverages()).basicRemove(otherEnd, msgs);
			case RecordPackage.CLIENT__DIAGNOSES:
				return ((InternalEList<?>)getDiagnoses()).basicRemove(otherEnd, msgs);
			case RecordPackage.CLIENT__EPISODES:
				return ((InternalEList<?>)getEpisodes()).basicRemove(otherEnd, msgs);
			case RecordPackage.CLIENT__SESSIONS:
				return ((InternalEList<?>)getSessions()).basicRemove(otherEnd, msgs);
			case RecordPackage.CLIENT__NOTES:
				return ((InternalEList<?>)getNotes()).basicRemove(otherEnd, msgs);
			case RecordPackage.CLIENT__MEASURE_RESULTS:
				return ((InternalEList<?>)getMeasureResults()).basicRemove(otherEnd, msgs);
			case RecordPackage.CLIENT__LETTERS:
				return ((InternalEList<?>)getLetters()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RecordPackage.CLIENT__LEGAL_NAME:
				return getLegalName();
			case RecordPackage.CLIENT__PREFERRED_NAME:
				return getPreferredName();
			case RecordPackage.CLIENT__PRONOUNS:
				return getPronouns();
			case RecordPackage.CLIENT__DATE_OF_BIRTH:
				return getDateOfBirth();
			case RecordPackage.CLIENT__STATUS:
				return getStatus();
			case RecordPackage.CLIENT__PRIMARY_CLINICIAN_ID:
				return getPrimaryClinicianId();
			case RecordPackage.CLIENT__CONTACT:
				return getContact();
			case RecordPackage.CLIENT__COVERAGES:
				return getCoverages();
			case RecordPackage.CLIENT__DIAGNOSES:
				return getDiagnoses();
			case RecordPackage.CLIENT__EPISODES:
				return getEpisodes();
			case RecordPackage.CLIENT__SESSIONS:
				return getSessions();
			case RecordPackage.CLIENT__NOTES:
				return getNotes();
			case RecordPackage.CLIENT__MEASURE_RESULTS:
				return getMeasureResults();
			case RecordPackage.CLIENT__LETTERS:
				return getLetters();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RecordPackage.CLIENT__LEGAL_NAME:
				setLegalName((String)newValue);
				return;
			case RecordPackage.CLIENT__PREFERRED_NAME:
				setPreferredName((String)newValue);
				return;
			case RecordPackage.CLIENT__PRONOUNS:
				setPronouns((String)newValue);
				return;
			case RecordPackage.CLIENT__DATE_OF_BIRTH:
				setDateOfBirth((LocalDate)newValue);
				return;
			case RecordPackage.CLIENT__STATUS:
				setStatus((ClientStatus)newValue);
				return;
			case RecordPackage.CLIENT__PRIMARY_CLINICIAN_ID:
				setPrimaryClinicianId((String)newValue);
				return;
			case RecordPackage.CLIENT__CONTACT:
				setContact((ContactDetails)newValue);
				return;
			case RecordPackage.CLIENT__COVERAGES:
				getCoverages().clear();
				getCoverages().addAll((Collection<? extends Coverage>)newValue);
				return;
			case RecordPackage.CLIENT__DIAGNOSES:
				getDiagnoses().clear();
				getDiagnoses().addAll((Collection<? extends Diagnosis>)newValue);
				return;
			case RecordPackage.CLIENT__EPISODES:
				getEpisodes().clear();
				getEpisodes().addAll((Collection<? extends EpisodeOfCare>)newValue);
				return;
			case RecordPackage.CLIENT__SESSIONS:
				getSessions().clear();
				getSessions().addAll((Collection<? extends Session>)newValue);
				return;
			case RecordPackage.CLIENT__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends Note>)newValue);
				return;
			case RecordPackage.CLIENT__MEASURE_RESULTS:
				getMeasureResults().clear();
				getMeasureResults().addAll((Collection<? extends MeasureResult>)newValue);
				return;
			case RecordPackage.CLIENT__LETTERS:
				getLetters().clear();
				getLetters().addAll((Collection<? extends Letter>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RecordPackage.CLIENT__LEGAL_NAME:
				setLegalName(LEGAL_NAME_EDEFAULT);
				return;
			case RecordPackage.CLIENT__PREFERRED_NAME:
				setPreferredName(PREFERRED_NAME_EDEFAULT);
				return;
			case RecordPackage.CLIENT__PRONOUNS:
				setPronouns(PRONOUNS_EDEFAULT);
				return;
			case RecordPackage.CLIENT__DATE_OF_BIRTH:
				setDateOfBirth(DATE_OF_BIRTH_EDEFAULT);
				return;
			case RecordPackage.CLIENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RecordPackage.CLIENT__PRIMARY_CLINICIAN_ID:
				setPrimaryClinicianId(PRIMARY_CLINICIAN_ID_EDEFAULT);
				return;
			case RecordPackage.CLIENT__CONTACT:
				setContact((ContactDetails)null);
				return;
			case RecordPackage.CLIENT__COVERAGES:
				getCoverages().clear();
				return;
			case RecordPackage.CLIENT__DIAGNOSES:
				getDiagnoses().clear();
				return;
			case RecordPackage.CLIENT__EPISODES:
				getEpisodes().clear();
				return;
			case RecordPackage.CLIENT__SESSIONS:
				getSessions().clear();
				return;
			case RecordPackage.CLIENT__NOTES:
				getNotes().clear();
				return;
			case RecordPackage.CLIENT__MEASURE_RESULTS:
				getMeasureResults().clear();
				return;
			case RecordPackage.CLIENT__LETTERS:
				getLetters().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RecordPackage.CLIENT__LEGAL_NAME:
				return LEGAL_NAME_EDEFAULT == null ? legalName != null : !LEGAL_NAME_EDEFAULT.equals(legalName);
			case RecordPackage.CLIENT__PREFERRED_NAME:
				return PREFERRED_NAME_EDEFAULT == null ? preferredName != null : !PREFERRED_NAME_EDEFAULT.equals(preferredName);
			case RecordPackage.CLIENT__PRONOUNS:
				return PRONOUNS_EDEFAULT == null ? pronouns != null : !PRONOUNS_EDEFAULT.equals(pronouns);
			case RecordPackage.CLIENT__DATE_OF_BIRTH:
				return DATE_OF_BIRTH_EDEFAULT == null ? dateOfBirth != null : !DATE_OF_BIRTH_EDEFAULT.equals(dateOfBirth);
			case RecordPackage.CLIENT__STATUS:
				return status != STATUS_EDEFAULT;
			case RecordPackage.CLIENT__PRIMARY_CLINICIAN_ID:
				return PRIMARY_CLINICIAN_ID_EDEFAULT == null ? primaryClinicianId != null : !PRIMARY_CLINICIAN_ID_EDEFAULT.equals(primaryClinicianId);
			case RecordPackage.CLIENT__CONTACT:
				return contact != null;
			case RecordPackage.CLIENT__COVERAGES:
				return coverages != null && !coverages.isEmpty();
			case RecordPackage.CLIENT__DIAGNOSES:
				return diagnoses != null && !diagnoses.isEmpty();
			case RecordPackage.CLIENT__EPISODES:
				return episodes != null && !episodes.isEmpty();
			case RecordPackage.CLIENT__SESSIONS:
				return sessions != null && !sessions.isEmpty();
			case RecordPackage.CLIENT__NOTES:
				return notes != null && !notes.isEmpty();
			case RecordPackage.CLIENT__MEASURE_RESULTS:
				return measureResults != null && !measureResults.isEmpty();
			case RecordPackage.CLIENT__LETTERS:
				return letters != null && !letters.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (legalName: ");
		result.append(legalName);
		result.append(", preferredName: ");
		result.append(preferredName);
		result.append(", pronouns: ");
		result.append(pronouns);
		result.append(", dateOfBirth: ");
		result.append(dateOfBirth);
		result.append(", status: ");
		result.append(status);
		result.append(", primaryClinicianId: ");
		result.append(primaryClinicianId);
		result.append(')');
		return result.toString();
	}

} //ClientImpl
