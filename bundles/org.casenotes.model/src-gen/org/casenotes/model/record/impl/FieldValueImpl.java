/**
 */
package org.casenotes.model.record.impl;

import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.RecordPackage;
import org.casenotes.model.record.ValueProvenance;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Field Value</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.impl.FieldValueImpl#getFieldId <em>Field Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.FieldValueImpl#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.FieldValueImpl#getCarriedFromNoteId <em>Carried From Note Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class FieldValueImpl extends EObjectImpl implements FieldValue {
	/**
	 * The default value of the '{@link #getFieldId() <em>Field Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldId()
	 * @generated
	 * @ordered
	 */
	protected static final String FIELD_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFieldId() <em>Field Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldId()
	 * @generated
	 * @ordered
	 */
	protected String fieldId = FIELD_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getProvenance() <em>Provenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenance()
	 * @generated
	 * @ordered
	 */
	protected static final ValueProvenance PROVENANCE_EDEFAULT = ValueProvenance.ENTERED;

	/**
	 * The cached value of the '{@link #getProvenance() <em>Provenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenance()
	 * @generated
	 * @ordered
	 */
	protected ValueProvenance provenance = PROVENANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCarriedFromNoteId() <em>Carried From Note Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarriedFromNoteId()
	 * @generated
	 * @ordered
	 */
	protected static final String CARRIED_FROM_NOTE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCarriedFromNoteId() <em>Carried From Note Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarriedFromNoteId()
	 * @generated
	 * @ordered
	 */
	protected String carriedFromNoteId = CARRIED_FROM_NOTE_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FieldValueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecordPackage.Literals.FIELD_VALUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFieldId() {
		return fieldId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFieldId(String newFieldId) {
		String oldFieldId = fieldId;
		fieldId = newFieldId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.FIELD_VALUE__FIELD_ID, oldFieldId, fieldId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValueProvenance getProvenance() {
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvenance(ValueProvenance newProvenance) {
		ValueProvenance oldProvenance = provenance;
		provenance = newProvenance == null ? PROVENANCE_EDEFAULT : newProvenance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.FIELD_VALUE__PROVENANCE, oldProvenance, provenance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCarriedFromNoteId() {
		return carriedFromNoteId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCarriedFromNoteId(String newCarriedFromNoteId) {
		String oldCarriedFromNoteId = carriedFromNoteId;
		carriedFromNoteId = newCarriedFromNoteId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.FIELD_VALUE__CARRIED_FROM_NOTE_ID, oldCarriedFromNoteId, carriedFromNoteId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RecordPackage.FIELD_VALUE__FIELD_ID:
				return getFieldId();
			case RecordPackage.FIELD_VALUE__PROVENANCE:
				return getProvenance();
			case RecordPackage.FIELD_VALUE__CARRIED_FROM_NOTE_ID:
				return getCarriedFromNoteId();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RecordPackage.FIELD_VALUE__FIELD_ID:
				setFieldId((String)newValue);
				return;
			case RecordPackage.FIELD_VALUE__PROVENANCE:
				setProvenance((ValueProvenance)newValue);
				return;
			case RecordPackage.FIELD_VALUE__CARRIED_FROM_NOTE_ID:
				setCarriedFromNoteId((String)newValue);
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
			case RecordPackage.FIELD_VALUE__FIELD_ID:
				setFieldId(FIELD_ID_EDEFAULT);
				return;
			case RecordPackage.FIELD_VALUE__PROVENANCE:
				setProvenance(PROVENANCE_EDEFAULT);
				return;
			case RecordPackage.FIELD_VALUE__CARRIED_FROM_NOTE_ID:
				setCarriedFromNoteId(CARRIED_FROM_NOTE_ID_EDEFAULT);
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
			case RecordPackage.FIELD_VALUE__FIELD_ID:
				return FIELD_ID_EDEFAULT == null ? fieldId != null : !FIELD_ID_EDEFAULT.equals(fieldId);
			case RecordPackage.FIELD_VALUE__PROVENANCE:
				return provenance != PROVENANCE_EDEFAULT;
			case RecordPackage.FIELD_VALUE__CARRIED_FROM_NOTE_ID:
				return CARRIED_FROM_NOTE_ID_EDEFAULT == null ? carriedFromNoteId != null : !CARRIED_FROM_NOTE_ID_EDEFAULT.equals(carriedFromNoteId);
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
		result.append(" (fieldId: ");
		result.append(fieldId);
		result.append(", provenance: ");
		result.append(provenance);
		result.append(", carriedFromNoteId: ");
		result.append(carriedFromNoteId);
		result.append(')');
		return result.toString();
	}

} //FieldValueImpl
