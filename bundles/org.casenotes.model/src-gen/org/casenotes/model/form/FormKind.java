/**
 */
package org.casenotes.model.form;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.casenotes.model.form.FormPackage#getFormKind()
 * @model
 * @generated
 */
public enum FormKind implements Enumerator {
	/**
	 * The '<em><b>PROGRESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRESS_VALUE
	 * @generated
	 * @ordered
	 */
	PROGRESS(0, "PROGRESS", "PROGRESS"),

	/**
	 * The '<em><b>INTAKE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTAKE_VALUE
	 * @generated
	 * @ordered
	 */
	INTAKE(1, "INTAKE", "INTAKE"),

	/**
	 * The '<em><b>TREATMENT PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TREATMENT_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	TREATMENT_PLAN(2, "TREATMENT_PLAN", "TREATMENT_PLAN"),

	/**
	 * The '<em><b>PLAN REVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLAN_REVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	PLAN_REVIEW(3, "PLAN_REVIEW", "PLAN_REVIEW"),

	/**
	 * The '<em><b>DISCHARGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCHARGE_VALUE
	 * @generated
	 * @ordered
	 */
	DISCHARGE(4, "DISCHARGE", "DISCHARGE"),

	/**
	 * The '<em><b>CONTACT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTACT_VALUE
	 * @generated
	 * @ordered
	 */
	CONTACT(5, "CONTACT", "CONTACT"),

	/**
	 * The '<em><b>SESSION SUMMARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SESSION_SUMMARY_VALUE
	 * @generated
	 * @ordered
	 */
	SESSION_SUMMARY(6, "SESSION_SUMMARY", "SESSION_SUMMARY"),

	/**
	 * The '<em><b>LETTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LETTER_VALUE
	 * @generated
	 * @ordered
	 */
	LETTER(7, "LETTER", "LETTER"),

	/**
	 * The '<em><b>PSYCHOTHERAPY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PSYCHOTHERAPY_VALUE
	 * @generated
	 * @ordered
	 */
	PSYCHOTHERAPY(8, "PSYCHOTHERAPY", "PSYCHOTHERAPY");

	/**
	 * The '<em><b>PROGRESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROGRESS_VALUE = 0;

	/**
	 * The '<em><b>INTAKE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTAKE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTAKE_VALUE = 1;

	/**
	 * The '<em><b>TREATMENT PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TREATMENT_PLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TREATMENT_PLAN_VALUE = 2;

	/**
	 * The '<em><b>PLAN REVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLAN_REVIEW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PLAN_REVIEW_VALUE = 3;

	/**
	 * The '<em><b>DISCHARGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCHARGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISCHARGE_VALUE = 4;

	/**
	 * The '<em><b>CONTACT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTACT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTACT_VALUE = 5;

	/**
	 * The '<em><b>SESSION SUMMARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SESSION_SUMMARY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SESSION_SUMMARY_VALUE = 6;

	/**
	 * The '<em><b>LETTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LETTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LETTER_VALUE = 7;

	/**
	 * The '<em><b>PSYCHOTHERAPY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PSYCHOTHERAPY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PSYCHOTHERAPY_VALUE = 8;

	/**
	 * An array of all the '<em><b>Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FormKind[] VALUES_ARRAY =
		new FormKind[] {
			PROGRESS,
			INTAKE,
			TREATMENT_PLAN,
			PLAN_REVIEW,
			DISCHARGE,
			CONTACT,
			SESSION_SUMMARY,
			LETTER,
			PSYCHOTHERAPY,
		};

	/**
	 * A public read-only list of all the '<em><b>Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FormKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FormKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FormKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FormKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FormKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FormKind get(int value) {
		switch (value) {
			case PROGRESS_VALUE: return PROGRESS;
			case INTAKE_VALUE: return INTAKE;
			case TREATMENT_PLAN_VALUE: return TREATMENT_PLAN;
			case PLAN_REVIEW_VALUE: return PLAN_REVIEW;
			case DISCHARGE_VALUE: return DISCHARGE;
			case CONTACT_VALUE: return CONTACT;
			case SESSION_SUMMARY_VALUE: return SESSION_SUMMARY;
			case LETTER_VALUE: return LETTER;
			case PSYCHOTHERAPY_VALUE: return PSYCHOTHERAPY;
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
	private FormKind(int value, String name, String literal) {
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
	
} //FormKind
