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
 * A representation of the literals of the enumeration '<em><b>Arrangement Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.chaxu.governance.GovernancePackage#getArrangementKind()
 * @model
 * @generated
 */
public enum ArrangementKind implements Enumerator {
	/**
	 * The '<em><b>JOINT CONFERENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOINT_CONFERENCE_VALUE
	 * @generated
	 * @ordered
	 */
	JOINT_CONFERENCE(0, "JOINT_CONFERENCE", "JOINT_CONFERENCE"),

	/**
	 * The '<em><b>METROPOLITAN CIRCLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METROPOLITAN_CIRCLE_VALUE
	 * @generated
	 * @ordered
	 */
	METROPOLITAN_CIRCLE(1, "METROPOLITAN_CIRCLE", "METROPOLITAN_CIRCLE"),

	/**
	 * The '<em><b>LEADING GROUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEADING_GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	LEADING_GROUP(2, "LEADING_GROUP", "LEADING_GROUP"),

	/**
	 * The '<em><b>COORDINATION OFFICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COORDINATION_OFFICE_VALUE
	 * @generated
	 * @ordered
	 */
	COORDINATION_OFFICE(3, "COORDINATION_OFFICE", "COORDINATION_OFFICE"),

	/**
	 * The '<em><b>COOPERATION GROUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COOPERATION_GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	COOPERATION_GROUP(4, "COOPERATION_GROUP", "COOPERATION_GROUP"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "OTHER", "OTHER");

	/**
	 * The '<em><b>JOINT CONFERENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOINT_CONFERENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JOINT_CONFERENCE_VALUE = 0;

	/**
	 * The '<em><b>METROPOLITAN CIRCLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METROPOLITAN_CIRCLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int METROPOLITAN_CIRCLE_VALUE = 1;

	/**
	 * The '<em><b>LEADING GROUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEADING_GROUP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEADING_GROUP_VALUE = 2;

	/**
	 * The '<em><b>COORDINATION OFFICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COORDINATION_OFFICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COORDINATION_OFFICE_VALUE = 3;

	/**
	 * The '<em><b>COOPERATION GROUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COOPERATION_GROUP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COOPERATION_GROUP_VALUE = 4;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Arrangement Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ArrangementKind[] VALUES_ARRAY =
		new ArrangementKind[] {
			JOINT_CONFERENCE,
			METROPOLITAN_CIRCLE,
			LEADING_GROUP,
			COORDINATION_OFFICE,
			COOPERATION_GROUP,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Arrangement Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ArrangementKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Arrangement Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ArrangementKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ArrangementKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Arrangement Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ArrangementKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ArrangementKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Arrangement Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ArrangementKind get(int value) {
		switch (value) {
			case JOINT_CONFERENCE_VALUE: return JOINT_CONFERENCE;
			case METROPOLITAN_CIRCLE_VALUE: return METROPOLITAN_CIRCLE;
			case LEADING_GROUP_VALUE: return LEADING_GROUP;
			case COORDINATION_OFFICE_VALUE: return COORDINATION_OFFICE;
			case COOPERATION_GROUP_VALUE: return COOPERATION_GROUP;
			case OTHER_VALUE: return OTHER;
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
	private ArrangementKind(int value, String name, String literal) {
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
	
} //ArrangementKind
