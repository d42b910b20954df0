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
 * A representation of the literals of the enumeration '<em><b>Intervention Means</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.chaxu.governance.GovernancePackage#getInterventionMeans()
 * @model
 * @generated
 */
public enum InterventionMeans implements Enumerator {
	/**
	 * The '<em><b>POLICY DOCUMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_DOCUMENT_VALUE
	 * @generated
	 * @ordered
	 */
	POLICY_DOCUMENT(0, "POLICY_DOCUMENT", "POLICY_DOCUMENT"),

	/**
	 * The '<em><b>PERFORMANCE ASSESSMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERFORMANCE_ASSESSMENT_VALUE
	 * @generated
	 * @ordered
	 */
	PERFORMANCE_ASSESSMENT(1, "PERFORMANCE_ASSESSMENT", "PERFORMANCE_ASSESSMENT"),

	/**
	 * The '<em><b>LEADERSHIP PARTICIPATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEADERSHIP_PARTICIPATION_VALUE
	 * @generated
	 * @ordered
	 */
	LEADERSHIP_PARTICIPATION(2, "LEADERSHIP_PARTICIPATION", "LEADERSHIP_PARTICIPATION"),

	/**
	 * The '<em><b>INSPECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSPECTION_VALUE
	 * @generated
	 * @ordered
	 */
	INSPECTION(3, "INSPECTION", "INSPECTION"),

	/**
	 * The '<em><b>ESCALATED MANAGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ESCALATED_MANAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ESCALATED_MANAGEMENT(4, "ESCALATED_MANAGEMENT", "ESCALATED_MANAGEMENT"),

	/**
	 * The '<em><b>EXPERT SUPPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPERT_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	EXPERT_SUPPORT(5, "EXPERT_SUPPORT", "EXPERT_SUPPORT");

	/**
	 * The '<em><b>POLICY DOCUMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_DOCUMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLICY_DOCUMENT_VALUE = 0;

	/**
	 * The '<em><b>PERFORMANCE ASSESSMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERFORMANCE_ASSESSMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERFORMANCE_ASSESSMENT_VALUE = 1;

	/**
	 * The '<em><b>LEADERSHIP PARTICIPATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEADERSHIP_PARTICIPATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEADERSHIP_PARTICIPATION_VALUE = 2;

	/**
	 * The '<em><b>INSPECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSPECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INSPECTION_VALUE = 3;

	/**
	 * The '<em><b>ESCALATED MANAGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ESCALATED_MANAGEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ESCALATED_MANAGEMENT_VALUE = 4;

	/**
	 * The '<em><b>EXPERT SUPPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPERT_SUPPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXPERT_SUPPORT_VALUE = 5;

	/**
	 * An array of all the '<em><b>Intervention Means</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InterventionMeans[] VALUES_ARRAY =
		new InterventionMeans[] {
			POLICY_DOCUMENT,
			PERFORMANCE_ASSESSMENT,
			LEADERSHIP_PARTICIPATION,
			INSPECTION,
			ESCALATED_MANAGEMENT,
			EXPERT_SUPPORT,
		};

	/**
	 * A public read-only list of all the '<em><b>Intervention Means</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InterventionMeans> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Intervention Means</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterventionMeans get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InterventionMeans result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Intervention Means</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterventionMeans getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InterventionMeans result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Intervention Means</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterventionMeans get(int value) {
		switch (value) {
			case POLICY_DOCUMENT_VALUE: return POLICY_DOCUMENT;
			case PERFORMANCE_ASSESSMENT_VALUE: return PERFORMANCE_ASSESSMENT;
			case LEADERSHIP_PARTICIPATION_VALUE: return LEADERSHIP_PARTICIPATION;
			case INSPECTION_VALUE: return INSPECTION;
			case ESCALATED_MANAGEMENT_VALUE: return ESCALATED_MANAGEMENT;
			case EXPERT_SUPPORT_VALUE: return EXPERT_SUPPORT;
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
	private InterventionMeans(int value, String name, String literal) {
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
	
} //InterventionMeans
