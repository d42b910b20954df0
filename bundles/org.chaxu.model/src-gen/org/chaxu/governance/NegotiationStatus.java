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
 * A representation of the literals of the enumeration '<em><b>Negotiation Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.chaxu.governance.GovernancePackage#getNegotiationStatus()
 * @model
 * @generated
 */
public enum NegotiationStatus implements Enumerator {
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
	 * The '<em><b>AGREED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGREED_VALUE
	 * @generated
	 * @ordered
	 */
	AGREED(1, "AGREED", "AGREED"),

	/**
	 * The '<em><b>DEADLOCKED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEADLOCKED_VALUE
	 * @generated
	 * @ordered
	 */
	DEADLOCKED(2, "DEADLOCKED", "DEADLOCKED"),

	/**
	 * The '<em><b>NOT IMPLEMENTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_IMPLEMENTED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_IMPLEMENTED(3, "NOT_IMPLEMENTED", "NOT_IMPLEMENTED"),

	/**
	 * The '<em><b>INEFFECTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INEFFECTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	INEFFECTIVE(4, "INEFFECTIVE", "INEFFECTIVE"),

	/**
	 * The '<em><b>RESOLVED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOLVED_VALUE
	 * @generated
	 * @ordered
	 */
	RESOLVED(5, "RESOLVED", "RESOLVED");

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
	 * The '<em><b>AGREED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGREED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGREED_VALUE = 1;

	/**
	 * The '<em><b>DEADLOCKED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEADLOCKED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEADLOCKED_VALUE = 2;

	/**
	 * The '<em><b>NOT IMPLEMENTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_IMPLEMENTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_IMPLEMENTED_VALUE = 3;

	/**
	 * The '<em><b>INEFFECTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INEFFECTIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INEFFECTIVE_VALUE = 4;

	/**
	 * The '<em><b>RESOLVED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOLVED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESOLVED_VALUE = 5;

	/**
	 * An array of all the '<em><b>Negotiation Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final NegotiationStatus[] VALUES_ARRAY =
		new NegotiationStatus[] {
			ONGOING,
			AGREED,
			DEADLOCKED,
			NOT_IMPLEMENTED,
			INEFFECTIVE,
			RESOLVED,
		};

	/**
	 * A public read-only list of all the '<em><b>Negotiation Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<NegotiationStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Negotiation Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NegotiationStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NegotiationStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Negotiation Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NegotiationStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NegotiationStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Negotiation Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NegotiationStatus get(int value) {
		switch (value) {
			case ONGOING_VALUE: return ONGOING;
			case AGREED_VALUE: return AGREED;
			case DEADLOCKED_VALUE: return DEADLOCKED;
			case NOT_IMPLEMENTED_VALUE: return NOT_IMPLEMENTED;
			case INEFFECTIVE_VALUE: return INEFFECTIVE;
			case RESOLVED_VALUE: return RESOLVED;
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
	private NegotiationStatus(int value, String name, String literal) {
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
	
} //NegotiationStatus
