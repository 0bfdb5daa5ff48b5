/**
 */
package org.casenotes.model.record.impl;

import java.util.Collection;

import org.casenotes.model.record.GoalReferenceValue;
import org.casenotes.model.record.RecordPackage;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Goal Reference Value</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.impl.GoalReferenceValueImpl#getPlanElementIds <em>Plan Element Ids</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GoalReferenceValueImpl extends FieldValueImpl implements GoalReferenceValue {
	/**
	 * The cached value of the '{@link #getPlanElementIds() <em>Plan Element Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanElementIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> planElementIds;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GoalReferenceValueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecordPackage.Literals.GOAL_REFERENCE_VALUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPlanElementIds() {
		if (planElementIds == null) {
			planElementIds = new EDataTypeUniqueEList<String>(String.class, this, RecordPackage.GOAL_REFERENCE_VALUE__PLAN_ELEMENT_IDS);
		}
		return planElementIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RecordPackage.GOAL_REFERENCE_VALUE__PLAN_ELEMENT_IDS:
				return getPlanElementIds();
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
			case RecordPackage.GOAL_REFERENCE_VALUE__PLAN_ELEMENT_IDS:
				getPlanElementIds().clear();
				getPlanElementIds().addAll((Collection<? extends String>)newValue);
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
			case RecordPackage.GOAL_REFERENCE_VALUE__PLAN_ELEMENT_IDS:
				getPlanElementIds().clear();
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
			case RecordPackage.GOAL_REFERENCE_VALUE__PLAN_ELEMENT_IDS:
				return planElementIds != null && !planElementIds.isEmpty();
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
		result.append(" (planElementIds: ");
		result.append(planElementIds);
		result.append(')');
		return result.toString();
	}

} //GoalReferenceValueImpl
