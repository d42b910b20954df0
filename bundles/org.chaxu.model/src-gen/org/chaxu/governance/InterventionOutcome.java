/**
 * Chaxu - generated from governance.genmodel; hand edits only in @generated NOT members.
 */
package org.chaxu.governance;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Intervention Outcome</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.chaxu.governance.GovernancePackage#getInterventionOutcome()
 * @model
 * @generated
 */
public enum InterventionOutcome implements Enumerator {
	/**
	 * The '<em><b>ONGOING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ONGOING_VALUE
	 * @generated
	 * @ordered
	 */
	ONGOING(0, "ONGOING", "ONGOING"),

	/**
	 * The '<em><b>EFFECTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EFFECTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	EFFECTIVE(1, "EFFECTIVE", "EFFECTIVE"),

	/**
	 * The '<em><b>INEFFECTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INEFFECTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	INEFFECTIVE(2, "INEFFECTIVE", "INEFFECTIVE");

	/**
	 * The '<em><b>ONGOING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ONGOING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ONGOING_VALUE = 0;

	/**
	 * The '<em><b>EFFECTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EFFECTIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EFFECTIVE_VALUE = 1;

	/**
	 * The '<em><b>INEFFECTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INEFFECTIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INEFFECTIVE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Intervention Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InterventionOutcome[] VALUES_ARRAY =
		new InterventionOutcome[] {
			ONGOING,
			EFFECTIVE,
			INEFFECTIVE,
		};

	/**
	 * A public read-only list of all the '<em><b>Intervention Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InterventionOutcome> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Intervention Outcome</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterventionOutcome get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InterventionOutcome result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Intervention Outcome</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterventionOutcome getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InterventionOutcome result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Intervention Outcome</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterventionOutcome get(int value) {
		switch (value) {
			case ONGOING_VALUE: return ONGOING;
			case EFFECTIVE_VALUE: return EFFECTIVE;
			case INEFFECTIVE_VALUE: return INEFFECTIVE;
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
	private InterventionOutcome(int value, String name, String literal) {
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
	
} //InterventionOutcome
