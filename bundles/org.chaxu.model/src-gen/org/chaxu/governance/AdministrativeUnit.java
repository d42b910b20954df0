/**
 * Chaxu - generated from governance.genmodel; hand edits only in @generated NOT members.
 */
package org.chaxu.governance;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Administrative Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.chaxu.governance.AdministrativeUnit#getLevel <em>Level</em>}</li>
 *   <li>{@link org.chaxu.governance.AdministrativeUnit#getRank <em>Rank</em>}</li>
 *   <li>{@link org.chaxu.governance.AdministrativeUnit#getSuperior <em>Superior</em>}</li>
 * </ul>
 *
 * @see org.chaxu.governance.GovernancePackage#getAdministrativeUnit()
 * @model
 * @generated
 */
public interface AdministrativeUnit extends Issuer {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.chaxu.governance.Level}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.chaxu.governance.Level
	 * @see #setLevel(Level)
	 * @see org.chaxu.governance.GovernancePackage#getAdministrativeUnit_Level()
	 * @model required="true"
	 * @generated
	 */
	Level getLevel();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.AdministrativeUnit#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.chaxu.governance.Level
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(Level value);

	/**
	 * Returns the value of the '<em><b>Rank</b></em>' attribute.
	 * The literals are from the enumeration {@link org.chaxu.governance.Rank}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rank</em>' attribute.
	 * @see org.chaxu.governance.Rank
	 * @see #setRank(Rank)
	 * @see org.chaxu.governance.GovernancePackage#getAdministrativeUnit_Rank()
	 * @model
	 * @generated
	 */
	Rank getRank();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.AdministrativeUnit#getRank <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rank</em>' attribute.
	 * @see org.chaxu.governance.Rank
	 * @see #getRank()
	 * @generated
	 */
	void setRank(Rank value);

	/**
	 * Returns the value of the '<em><b>Superior</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Superior</em>' reference.
	 * @see #setSuperior(AdministrativeUnit)
	 * @see org.chaxu.governance.GovernancePackage#getAdministrativeUnit_Superior()
	 * @model
	 * @generated
	 */
	AdministrativeUnit getSuperior();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.AdministrativeUnit#getSuperior <em>Superior</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Superior</em>' reference.
	 * @see #getSuperior()
	 * @generated
	 */
	void setSuperior(AdministrativeUnit value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when this unit appears in the superior chain of the other unit (strictly above it).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean isAbove(AdministrativeUnit other);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The units above this one, nearest first; stops at a cycle.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<AdministrativeUnit> superiorChain();

} // AdministrativeUnit
