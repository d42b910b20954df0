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
 * A representation of the literals of the enumeration '<em><b>Rank</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.chaxu.governance.GovernancePackage#getRank()
 * @model
 * @generated
 */
public enum Rank implements Enumerator {
	/**
	 * The '<em><b>NATIONAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	NATIONAL(0, "NATIONAL", "NATIONAL"),

	/**
	 * The '<em><b>MINISTERIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINISTERIAL_VALUE
	 * @generated
	 * @ordered
	 */
	MINISTERIAL(1, "MINISTERIAL", "MINISTERIAL"),

	/**
	 * The '<em><b>SUB PROVINCIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUB_PROVINCIAL_VALUE
	 * @generated
	 * @ordered
	 */
	SUB_PROVINCIAL(2, "SUB_PROVINCIAL", "SUB_PROVINCIAL"),

	/**
	 * The '<em><b>PREFECTURAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREFECTURAL_VALUE
	 * @generated
	 * @ordered
	 */
	PREFECTURAL(3, "PREFECTURAL", "PREFECTURAL"),

	/**
	 * The '<em><b>COUNTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTY_VALUE
	 * @generated
	 * @ordered
	 */
	COUNTY(4, "COUNTY", "COUNTY");

	/**
	 * The '<em><b>NATIONAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NATIONAL_VALUE = 0;

	/**
	 * The '<em><b>MINISTERIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINISTERIAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MINISTERIAL_VALUE = 1;

	/**
	 * The '<em><b>SUB PROVINCIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUB_PROVINCIAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUB_PROVINCIAL_VALUE = 2;

	/**
	 * The '<em><b>PREFECTURAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREFECTURAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PREFECTURAL_VALUE = 3;

	/**
	 * The '<em><b>COUNTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COUNTY_VALUE = 4;

	/**
	 * An array of all the '<em><b>Rank</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Rank[] VALUES_ARRAY =
		new Rank[] {
			NATIONAL,
			MINISTERIAL,
			SUB_PROVINCIAL,
			PREFECTURAL,
			COUNTY,
		};

	/**
	 * A public read-only list of all the '<em><b>Rank</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Rank> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Rank</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Rank get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Rank result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Rank</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Rank getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Rank result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Rank</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Rank get(int value) {
		switch (value) {
			case NATIONAL_VALUE: return NATIONAL;
			case MINISTERIAL_VALUE: return MINISTERIAL;
			case SUB_PROVINCIAL_VALUE: return SUB_PROVINCIAL;
			case PREFECTURAL_VALUE: return PREFECTURAL;
			case COUNTY_VALUE: return COUNTY;
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
	private Rank(int value, String name, String literal) {
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
	
} //Rank
