/**
 */
package org.casenotes.model.record;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Value Provenance</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where a value came from: typed for this note, or carried forward from the previous note and either still awaiting review or reviewed.
 * <!-- end-model-doc -->
 * @see org.casenotes.model.record.RecordPackage#getValueProvenance()
 * @model
 * @generated
 */
public enum ValueProvenance implements Enumerator {
	/**
	 * The '<em><b>ENTERED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTERED_VALUE
	 * @generated
	 * @ordered
	 */
	ENTERED(0, "ENTERED", "ENTERED"),

	/**
	 * The '<em><b>CARRIED REVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CARRIED_REVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	CARRIED_REVIEW(1, "CARRIED_REVIEW", "CARRIED_REVIEW"),

	/**
	 * The '<em><b>CARRIED REVIEWED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CARRIED_REVIEWED_VALUE
	 * @generated
	 * @ordered
	 */
	CARRIED_REVIEWED(2, "CARRIED_REVIEWED", "CARRIED_REVIEWED");

	/**
	 * The '<em><b>ENTERED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTERED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENTERED_VALUE = 0;

	/**
	 * The '<em><b>CARRIED REVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CARRIED_REVIEW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CARRIED_REVIEW_VALUE = 1;

	/**
	 * The '<em><b>CARRIED REVIEWED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CARRIED_REVIEWED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CARRIED_REVIEWED_VALUE = 2;

	/**
	 * An array of all the '<em><b>Value Provenance</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ValueProvenance[] VALUES_ARRAY =
		new ValueProvenance[] {
			ENTERED,
			CARRIED_REVIEW,
			CARRIED_REVIEWED,
		};

	/**
	 * A public read-only list of all the '<em><b>Value Provenance</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ValueProvenance> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Value Provenance</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ValueProvenance get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ValueProvenance result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Value Provenance</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ValueProvenance getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ValueProvenance result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Value Provenance</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ValueProvenance get(int value) {
		switch (value) {
			case ENTERED_VALUE: return ENTERED;
			case CARRIED_REVIEW_VALUE: return CARRIED_REVIEW;
			case CARRIED_REVIEWED_VALUE: return CARRIED_REVIEWED;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ValueProvenance(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ValueProvenance
