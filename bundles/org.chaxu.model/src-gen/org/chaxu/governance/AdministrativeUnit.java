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
 *   <li>{@link org.chaxu.governance.AdministrativeUnit#getCode <em>Code</em>}</li>
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
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit's official administrative-division code (GB/T 2260, six digits, e.g. 440600 for Foshan); the registry's units carry it as their id as well.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.chaxu.governance.GovernancePackage#getAdministrativeUnit_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.AdministrativeUnit#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.chaxu.governance.Level}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.chaxu.governance.Level
	 * @see #isSetLevel()
	 * @see #unsetLevel()
	 * @see #setLevel(Level)
	 * @see org.chaxu.governance.GovernancePackage#getAdministrativeUnit_Level()
	 * @model unsettable="true" required="true"
	 * @generated
	 */
	Level getLevel();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.AdministrativeUnit#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.chaxu.governance.Level
	 * @see #isSetLevel()
	 * @see #unsetLevel()
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(Level value);

	/**
	 * Unsets the value of the '{@link org.chaxu.governance.AdministrativeUnit#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLevel()
	 * @see #getLevel()
	 * @see #setLevel(Level)
	 * @generated
	 */
	void unsetLevel();

	/**
	 * Returns whether the value of the '{@link org.chaxu.governance.AdministrativeUnit#getLevel <em>Level</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Level</em>' attribute is set.
	 * @see #unsetLevel()
	 * @see #getLevel()
	 * @see #setLevel(Level)
	 * @generated
	 */
	boolean isSetLevel();

	/**
	 * Returns the value of the '<em><b>Rank</b></em>' attribute.
	 * The literals are from the enumeration {@link org.chaxu.governance.Rank}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rank</em>' attribute.
	 * @see org.chaxu.governance.Rank
	 * @see #isSetRank()
	 * @see #unsetRank()
	 * @see #setRank(Rank)
	 * @see org.chaxu.governance.GovernancePackage#getAdministrativeUnit_Rank()
	 * @model unsettable="true"
	 * @generated
	 */
	Rank getRank();

	/**
	 * Sets the value of the '{@link org.chaxu.governance.AdministrativeUnit#getRank <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rank</em>' attribute.
	 * @see org.chaxu.governance.Rank
	 * @see #isSetRank()
	 * @see #unsetRank()
	 * @see #getRank()
	 * @generated
	 */
	void setRank(Rank value);

	/**
	 * Unsets the value of the '{@link org.chaxu.governance.AdministrativeUnit#getRank <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRank()
	 * @see #getRank()
	 * @see #setRank(Rank)
	 * @generated
	 */
	void unsetRank();

	/**
	 * Returns whether the value of the '{@link org.chaxu.governance.AdministrativeUnit#getRank <em>Rank</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Rank</em>' attribute is set.
	 * @see #unsetRank()
	 * @see #getRank()
	 * @see #setRank(Rank)
	 * @generated
	 */
	boolean isSetRank();

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
