/**
 */
package org.casenotes.model.record.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.casenotes.model.record.ItemAnswer;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.RecordPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Measure Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.impl.MeasureResultImpl#getInstrumentId <em>Instrument Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.MeasureResultImpl#getAdministeredOn <em>Administered On</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.MeasureResultImpl#getNoteId <em>Note Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.MeasureResultImpl#getAnswers <em>Answers</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.MeasureResultImpl#getTotal <em>Total</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.MeasureResultImpl#getBand <em>Band</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.MeasureResultImpl#getCriticalItemIds <em>Critical Item Ids</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeasureResultImpl extends IdentifiedImpl implements MeasureResult {
	/**
	 * The default value of the '{@link #getInstrumentId() <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentId()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTRUMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstrumentId() <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentId()
	 * @generated
	 * @ordered
	 */
	protected String instrumentId = INSTRUMENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdministeredOn() <em>Administered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdministeredOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ADMINISTERED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdministeredOn() <em>Administered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdministeredOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate administeredOn = ADMINISTERED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoteId() <em>Note Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoteId()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNoteId() <em>Note Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoteId()
	 * @generated
	 * @ordered
	 */
	protected String noteId = NOTE_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnswers() <em>Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<ItemAnswer> answers;

	/**
	 * The default value of the '{@link #getTotal() <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotal()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TOTAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTotal() <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotal()
	 * @generated
	 * @ordered
	 */
	protected Integer total = TOTAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getBand() <em>Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBand()
	 * @generated
	 * @ordered
	 */
	protected static final String BAND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBand() <em>Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBand()
	 * @generated
	 * @ordered
	 */
	protected String band = BAND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCriticalItemIds() <em>Critical Item Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriticalItemIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> criticalItemIds;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeasureResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecordPackage.Literals.MEASURE_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstrumentId() {
		return instrumentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrumentId(String newInstrumentId) {
		String oldInstrumentId = instrumentId;
		instrumentId = newInstrumentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.MEASURE_RESULT__INSTRUMENT_ID, oldInstrumentId, instrumentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAdministeredOn() {
		return administeredOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdministeredOn(LocalDate newAdministeredOn) {
		LocalDate oldAdministeredOn = administeredOn;
		administeredOn = newAdministeredOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.MEASURE_RESULT__ADMINISTERED_ON, oldAdministeredOn, administeredOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNoteId() {
		return noteId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoteId(String newNoteId) {
		String oldNoteId = noteId;
		noteId = newNoteId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.MEASURE_RESULT__NOTE_ID, oldNoteId, noteId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ItemAnswer> getAnswers() {
		if (answers == null) {
			answers = new EObjectContainmentEList<ItemAnswer>(ItemAnswer.class, this, RecordPackage.MEASURE_RESULT__ANSWERS);
		}
		return answers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTotal() {
		return total;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotal(Integer newTotal) {
		Integer oldTotal = total;
		total = newTotal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.MEASURE_RESULT__TOTAL, oldTotal, total));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBand() {
		return band;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBand(String newBand) {
		String oldBand = band;
		band = newBand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.MEASURE_RESULT__BAND, oldBand, band));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCriticalItemIds() {
		if (criticalItemIds == null) {
			criticalItemIds = new EDataTypeUniqueEList<String>(String.class, this, RecordPackage.MEASURE_RESULT__CRITICAL_ITEM_IDS);
		}
		return criticalItemIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RecordPackage.MEASURE_RESULT__ANSWERS:
				return ((InternalEList<?>)getAnswers()).basicRemove(otherEnd, msgs);
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
			case RecordPackage.MEASURE_RESULT__INSTRUMENT_ID:
				return getInstrumentId();
			case RecordPackage.MEASURE_RESULT__ADMINISTERED_ON:
				return getAdministeredOn();
			case RecordPackage.MEASURE_RESULT__NOTE_ID:
				return getNoteId();
			case RecordPackage.MEASURE_RESULT__ANSWERS:
				return getAnswers();
			case RecordPackage.MEASURE_RESULT__TOTAL:
				return getTotal();
			case RecordPackage.MEASURE_RESULT__BAND:
				return getBand();
			case RecordPackage.MEASURE_RESULT__CRITICAL_ITEM_IDS:
				return getCriticalItemIds();
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
			case RecordPackage.MEASURE_RESULT__INSTRUMENT_ID:
				setInstrumentId((String)newValue);
				return;
			case RecordPackage.MEASURE_RESULT__ADMINISTERED_ON:
				setAdministeredOn((LocalDate)newValue);
				return;
			case RecordPackage.MEASURE_RESULT__NOTE_ID:
				setNoteId((String)newValue);
				return;
			case RecordPackage.MEASURE_RESULT__ANSWERS:
				getAnswers().clear();
				getAnswers().addAll((Collection<? extends ItemAnswer>)newValue);
				return;
			case RecordPackage.MEASURE_RESULT__TOTAL:
				setTotal((Integer)newValue);
				return;
			case RecordPackage.MEASURE_RESULT__BAND:
				setBand((String)newValue);
				return;
			case RecordPackage.MEASURE_RESULT__CRITICAL_ITEM_IDS:
				getCriticalItemIds().clear();
				getCriticalItemIds().addAll((Collection<? extends String>)newValue);
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
			case RecordPackage.MEASURE_RESULT__INSTRUMENT_ID:
				setInstrumentId(INSTRUMENT_ID_EDEFAULT);
				return;
			case RecordPackage.MEASURE_RESULT__ADMINISTERED_ON:
				setAdministeredOn(ADMINISTERED_ON_EDEFAULT);
				return;
			case RecordPackage.MEASURE_RESULT__NOTE_ID:
				setNoteId(NOTE_ID_EDEFAULT);
				return;
			case RecordPackage.MEASURE_RESULT__ANSWERS:
				getAnswers().clear();
				return;
			case RecordPackage.MEASURE_RESULT__TOTAL:
				setTotal(TOTAL_EDEFAULT);
				return;
			case RecordPackage.MEASURE_RESULT__BAND:
				setBand(BAND_EDEFAULT);
				return;
			case RecordPackage.MEASURE_RESULT__CRITICAL_ITEM_IDS:
				getCriticalItemIds().clear();
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
			case RecordPackage.MEASURE_RESULT__INSTRUMENT_ID:
				return INSTRUMENT_ID_EDEFAULT == null ? instrumentId != null : !INSTRUMENT_ID_EDEFAULT.equals(instrumentId);
			case RecordPackage.MEASURE_RESULT__ADMINISTERED_ON:
				return ADMINISTERED_ON_EDEFAULT == null ? administeredOn != null : !ADMINISTERED_ON_EDEFAULT.equals(administeredOn);
			case RecordPackage.MEASURE_RESULT__NOTE_ID:
				return NOTE_ID_EDEFAULT == null ? noteId != null : !NOTE_ID_EDEFAULT.equals(noteId);
			case RecordPackage.MEASURE_RESULT__ANSWERS:
				return answers != null && !answers.isEmpty();
			case RecordPackage.MEASURE_RESULT__TOTAL:
				return TOTAL_EDEFAULT == null ? total != null : !TOTAL_EDEFAULT.equals(total);
			case RecordPackage.MEASURE_RESULT__BAND:
				return BAND_EDEFAULT == null ? band != null : !BAND_EDEFAULT.equals(band);
			case RecordPackage.MEASURE_RESULT__CRITICAL_ITEM_IDS:
				return criticalItemIds != null && !criticalItemIds.isEmpty();
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
		result.append(" (instrumentId: ");
		result.append(instrumentId);
		result.append(", administeredOn: ");
		result.append(administeredOn);
		result.append(", noteId: ");
		result.append(noteId);
		result.append(", total: ");
		result.append(total);
		result.append(", band: ");
		result.append(band);
		result.append(", criticalItemIds: ");
		result.append(criticalItemIds);
		result.append(')');
		return result.toString();
	}

} //MeasureResultImpl
