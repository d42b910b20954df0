/**
 * Chaxu - generated from governance.genmodel; hand edits only in @generated NOT members.
 */
package org.chaxu.governance.impl;

import org.chaxu.governance.AdministrativeUnit;
import org.chaxu.governance.Agreement;
import org.chaxu.governance.Arrangement;
import org.chaxu.governance.ArrangementKind;
import org.chaxu.governance.Commitment;
import org.chaxu.governance.CommitmentStatus;
import org.chaxu.governance.Direction;
import org.chaxu.governance.Element;
import org.chaxu.governance.GovernanceFactory;
import org.chaxu.governance.GovernanceModel;
import org.chaxu.governance.GovernancePackage;
import org.chaxu.governance.Indicator;
import org.chaxu.governance.Initiation;
import org.chaxu.governance.Intervention;
import org.chaxu.governance.InterventionMeans;
import org.chaxu.governance.InterventionOutcome;
import org.chaxu.governance.Issuer;
import org.chaxu.governance.Level;
import org.chaxu.governance.Negotiation;
import org.chaxu.governance.NegotiationStatus;
import org.chaxu.governance.Rank;
import org.chaxu.governance.Standard;
import org.chaxu.governance.Strictness;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class GovernancePackageImpl extends EPackageImpl implements GovernancePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass governanceModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass elementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass issuerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass administrativeUnitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass standardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass arrangementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass negotiationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass agreementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass commitmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interventionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum levelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum rankEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum directionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum strictnessEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum arrangementKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum initiationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum negotiationStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum commitmentStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interventionMeansEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interventionOutcomeEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.chaxu.governance.GovernancePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private GovernancePackageImpl() {
		super(eNS_URI, GovernanceFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link GovernancePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static GovernancePackage init() {
		if (isInited) return (GovernancePackage)EPackage.Registry.INSTANCE.getEPackage(GovernancePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredGovernancePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		GovernancePackageImpl theGovernancePackage = registeredGovernancePackage instanceof GovernancePackageImpl ? (GovernancePackageImpl)registeredGovernancePackage : new GovernancePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theGovernancePackage.createPackageContents();

		// Initialize created meta-data
		theGovernancePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theGovernancePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(GovernancePackage.eNS_URI, theGovernancePackage);
		return theGovernancePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGovernanceModel() {
		return governanceModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernanceModel_Name() {
		return (EAttribute)governanceModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernanceModel_AsOf() {
		return (EAttribute)governanceModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernanceModel_Description() {
		return (EAttribute)governanceModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceModel_Units() {
		return (EReference)governanceModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceModel_Indicators() {
		return (EReference)governanceModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceModel_Arrangements() {
		return (EReference)governanceModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceModel_Negotiations() {
		return (EReference)governanceModelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceModel_Standards() {
		return (EReference)governanceModelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getGovernanceModel__LowestCommonSuperior__EList() {
		return governanceModelEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getElement() {
		return elementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Id() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Name() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Provenance() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIssuer() {
		return issuerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIssuer_Standards() {
		return (EReference)issuerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getIssuer__AuthorityChain() {
		return issuerEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdministrativeUnit() {
		return administrativeUnitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdministrativeUnit_Code() {
		return (EAttribute)administrativeUnitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdministrativeUnit_Level() {
		return (EAttribute)administrativeUnitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdministrativeUnit_Rank() {
		return (EAttribute)administrativeUnitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdministrativeUnit_Superior() {
		return (EReference)administrativeUnitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAdministrativeUnit__IsAbove__AdministrativeUnit() {
		return administrativeUnitEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAdministrativeUnit__SuperiorChain() {
		return administrativeUnitEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicator() {
		return indicatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Unit() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Direction() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStandard() {
		return standardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandard_Issuer() {
		return (EReference)standardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandard_IssuedBy() {
		return (EReference)standardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandard_Indicator() {
		return (EReference)standardEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandard_Sector() {
		return (EAttribute)standardEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandard_Value() {
		return (EAttribute)standardEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandard_Unit() {
		return (EAttribute)standardEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandard_Deadline() {
		return (EAttribute)standardEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandard_Binding() {
		return (EAttribute)standardEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandard_Source() {
		return (EAttribute)standardEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandard_SourceDate() {
		return (EAttribute)standardEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandard_EffectiveFrom() {
		return (EAttribute)standardEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandard_EffectiveUntil() {
		return (EAttribute)standardEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getStandard__CompareTo__Standard() {
		return standardEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getStandard__EffectiveUnit() {
		return standardEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArrangement() {
		return arrangementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArrangement_Kind() {
		return (EAttribute)arrangementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArrangement_Members() {
		return (EReference)arrangementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArrangement_SubArrangements() {
		return (EReference)arrangementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArrangement_Parent() {
		return (EReference)arrangementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArrangement_Convener() {
		return (EReference)arrangementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArrangement_HostedBy() {
		return (EReference)arrangementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArrangement_Initiation() {
		return (EAttribute)arrangementEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArrangement_ReportsTo() {
		return (EReference)arrangementEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArrangement_Established() {
		return (EAttribute)arrangementEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNegotiation() {
		return negotiationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNegotiation_Topic() {
		return (EAttribute)negotiationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNegotiation_Parties() {
		return (EReference)negotiationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNegotiation_Venue() {
		return (EReference)negotiationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNegotiation_Started() {
		return (EAttribute)negotiationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNegotiation_Status() {
		return (EAttribute)negotiationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNegotiation_StatusSince() {
		return (EAttribute)negotiationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNegotiation_Agreements() {
		return (EReference)negotiationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNegotiation_Interventions() {
		return (EReference)negotiationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getNegotiation__DirectSuperior() {
		return negotiationEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAgreement() {
		return agreementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgreement_Signed() {
		return (EAttribute)agreementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAgreement_Signatories() {
		return (EReference)agreementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAgreement_Commitments() {
		return (EReference)agreementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommitment() {
		return commitmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitment_Task() {
		return (EAttribute)commitmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommitment_Responsible() {
		return (EReference)commitmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitment_Due() {
		return (EAttribute)commitmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitment_Status() {
		return (EAttribute)commitmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIntervention() {
		return interventionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntervention_Intervener() {
		return (EReference)interventionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntervention_Target() {
		return (EReference)interventionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_Means() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_Start() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_End() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_ExitCondition() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_Outcome() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntervention_EscalatedFrom() {
		return (EReference)interventionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLevel() {
		return levelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRank() {
		return rankEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDirection() {
		return directionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStrictness() {
		return strictnessEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getArrangementKind() {
		return arrangementKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInitiation() {
		return initiationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNegotiationStatus() {
		return negotiationStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCommitmentStatus() {
		return commitmentStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterventionMeans() {
		return interventionMeansEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterventionOutcome() {
		return interventionOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceFactory getGovernanceFactory() {
		return (GovernanceFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		governanceModelEClass = createEClass(GOVERNANCE_MODEL);
		createEAttribute(governanceModelEClass, GOVERNANCE_MODEL__NAME);
		createEAttribute(governanceModelEClass, GOVERNANCE_MODEL__AS_OF);
		createEAttribute(governanceModelEClass, GOVERNANCE_MODEL__DESCRIPTION);
		createEReference(governanceModelEClass, GOVERNANCE_MODEL__UNITS);
		createEReference(governanceModelEClass, GOVERNANCE_MODEL__INDICATORS);
		createEReference(governanceModelEClass, GOVERNANCE_MODEL__ARRANGEMENTS);
		createEReference(governanceModelEClass, GOVERNANCE_MODEL__NEGOTIATIONS);
		createEReference(governanceModelEClass, GOVERNANCE_MODEL__STANDARDS);
		createEOperation(governanceModelEClass, GOVERNANCE_MODEL___LOWEST_COMMON_SUPERIOR__ELIST);

		elementEClass = createEClass(ELEMENT);
		createEAttribute(elementEClass, ELEMENT__ID);
		createEAttribute(elementEClass, ELEMENT__NAME);
		createEAttribute(elementEClass, ELEMENT__PROVENANCE);

		issuerEClass = createEClass(ISSUER);
		createEReference(issuerEClass, ISSUER__STANDARDS);
		createEOperation(issuerEClass, ISSUER___AUTHORITY_CHAIN);

		administrativeUnitEClass = createEClass(ADMINISTRATIVE_UNIT);
		createEAttribute(administrativeUnitEClass, ADMINISTRATIVE_UNIT__CODE);
		createEAttribute(administrativeUnitEClass, ADMINISTRATIVE_UNIT__LEVEL);
		createEAttribute(administrativeUnitEClass, ADMINISTRATIVE_UNIT__RANK);
		createEReference(administrativeUnitEClass, ADMINISTRATIVE_UNIT__SUPERIOR);
		createEOperation(administrativeUnitEClass, ADMINISTRATIVE_UNIT___IS_ABOVE__ADMINISTRATIVEUNIT);
		createEOperation(administrativeUnitEClass, ADMINISTRATIVE_UNIT___SUPERIOR_CHAIN);

		indicatorEClass = createEClass(INDICATOR);
		createEAttribute(indicatorEClass, INDICATOR__UNIT);
		createEAttribute(indicatorEClass, INDICATOR__DIRECTION);

		standardEClass = createEClass(STANDARD);
		createEReference(standardEClass, STANDARD__ISSUER);
		createEReference(standardEClass, STANDARD__ISSUED_BY);
		createEReference(standardEClass, STANDARD__INDICATOR);
		createEAttribute(standardEClass, STANDARD__SECTOR);
		createEAttribute(standardEClass, STANDARD__VALUE);
		createEAttribute(standardEClass, STANDARD__UNIT);
		createEAttribute(standardEClass, STANDARD__DEADLINE);
		createEAttribute(standardEClass, STANDARD__BINDING);
		createEAttribute(standardEClass, STANDARD__SOURCE);
		createEAttribute(standardEClass, STANDARD__SOURCE_DATE);
		createEAttribute(standardEClass, STANDARD__EFFECTIVE_FROM);
		createEAttribute(standardEClass, STANDARD__EFFECTIVE_UNTIL);
		createEOperation(standardEClass, STANDARD___COMPARE_TO__STANDARD);
		createEOperation(standardEClass, STANDARD___EFFECTIVE_UNIT);

		arrangementEClass = createEClass(ARRANGEMENT);
		createEAttribute(arrangementEClass, ARRANGEMENT__KIND);
		createEReference(arrangementEClass, ARRANGEMENT__MEMBERS);
		createEReference(arrangementEClass, ARRANGEMENT__SUB_ARRANGEMENTS);
		createEReference(arrangementEClass, ARRANGEMENT__PARENT);
		createEReference(arrangementEClass, ARRANGEMENT__CONVENER);
		createEReference(arrangementEClass, ARRANGEMENT__HOSTED_BY);
		createEAttribute(arrangementEClass, ARRANGEMENT__INITIATION);
		createEReference(arrangementEClass, ARRANGEMENT__REPORTS_TO);
		createEAttribute(arrangementEClass, ARRANGEMENT__ESTABLISHED);

		negotiationEClass = createEClass(NEGOTIATION);
		createEAttribute(negotiationEClass, NEGOTIATION__TOPIC);
		createEReference(negotiationEClass, NEGOTIATION__PARTIES);
		createEReference(negotiationEClass, NEGOTIATION__VENUE);
		createEAttribute(negotiationEClass, NEGOTIATION__STARTED);
		createEAttribute(negotiationEClass, NEGOTIATION__STATUS);
		createEAttribute(negotiationEClass, NEGOTIATION__STATUS_SINCE);
		createEReference(negotiationEClass, NEGOTIATION__AGREEMENTS);
		createEReference(negotiationEClass, NEGOTIATION__INTERVENTIONS);
		createEOperation(negotiationEClass, NEGOTIATION___DIRECT_SUPERIOR);

		agreementEClass = createEClass(AGREEMENT);
		createEAttribute(agreementEClass, AGREEMENT__SIGNED);
		createEReference(agreementEClass, AGREEMENT__SIGNATORIES);
		createEReference(agreementEClass, AGREEMENT__COMMITMENTS);

		commitmentEClass = createEClass(COMMITMENT);
		createEAttribute(commitmentEClass, COMMITMENT__TASK);
		createEReference(commitmentEClass, COMMITMENT__RESPONSIBLE);
		createEAttribute(commitmentEClass, COMMITMENT__DUE);
		createEAttribute(commitmentEClass, COMMITMENT__STATUS);

		interventionEClass = createEClass(INTERVENTION);
		createEReference(interventionEClass, INTERVENTION__INTERVENER);
		createEReference(interventionEClass, INTERVENTION__TARGET);
		createEAttribute(interventionEClass, INTERVENTION__MEANS);
		createEAttribute(interventionEClass, INTERVENTION__START);
		createEAttribute(interventionEClass, INTERVENTION__END);
		createEAttribute(interventionEClass, INTERVENTION__EXIT_CONDITION);
		createEAttribute(interventionEClass, INTERVENTION__OUTCOME);
		createEReference(interventionEClass, INTERVENTION__ESCALATED_FROM);

		// Create enums
		levelEEnum = createEEnum(LEVEL);
		rankEEnum = createEEnum(RANK);
		directionEEnum = createEEnum(DIRECTION);
		strictnessEEnum = createEEnum(STRICTNESS);
		arrangementKindEEnum = createEEnum(ARRANGEMENT_KIND);
		initiationEEnum = createEEnum(INITIATION);
		negotiationStatusEEnum = createEEnum(NEGOTIATION_STATUS);
		commitmentStatusEEnum = createEEnum(COMMITMENT_STATUS);
		interventionMeansEEnum = createEEnum(INTERVENTION_MEANS);
		interventionOutcomeEEnum = createEEnum(INTERVENTION_OUTCOME);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		issuerEClass.getESuperTypes().add(this.getElement());
		administrativeUnitEClass.getESuperTypes().add(this.getIssuer());
		indicatorEClass.getESuperTypes().add(this.getElement());
		standardEClass.getESuperTypes().add(this.getElement());
		arrangementEClass.getESuperTypes().add(this.getIssuer());
		negotiationEClass.getESuperTypes().add(this.getElement());
		agreementEClass.getESuperTypes().add(this.getElement());
		commitmentEClass.getESuperTypes().add(this.getElement());
		interventionEClass.getESuperTypes().add(this.getElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(governanceModelEClass, GovernanceModel.class, "GovernanceModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGovernanceModel_Name(), ecorePackage.getEString(), "name", null, 1, 1, GovernanceModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernanceModel_AsOf(), ecorePackage.getEDate(), "asOf", null, 1, 1, GovernanceModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernanceModel_Description(), ecorePackage.getEString(), "description", null, 0, 1, GovernanceModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceModel_Units(), this.getAdministrativeUnit(), null, "units", null, 0, -1, GovernanceModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceModel_Indicators(), this.getIndicator(), null, "indicators", null, 0, -1, GovernanceModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceModel_Arrangements(), this.getArrangement(), null, "arrangements", null, 0, -1, GovernanceModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceModel_Negotiations(), this.getNegotiation(), null, "negotiations", null, 0, -1, GovernanceModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceModel_Standards(), this.getStandard(), null, "standards", null, 0, -1, GovernanceModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getGovernanceModel__LowestCommonSuperior__EList(), this.getAdministrativeUnit(), "lowestCommonSuperior", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getAdministrativeUnit(), "units", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEClass(elementEClass, Element.class, "Element", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getElement_Id(), ecorePackage.getEString(), "id", null, 1, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElement_Provenance(), ecorePackage.getEString(), "provenance", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(issuerEClass, Issuer.class, "Issuer", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getIssuer_Standards(), this.getStandard(), null, "standards", null, 0, -1, Issuer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getIssuer__AuthorityChain(), this.getIssuer(), "authorityChain", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEClass(administrativeUnitEClass, AdministrativeUnit.class, "AdministrativeUnit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAdministrativeUnit_Code(), ecorePackage.getEString(), "code", null, 0, 1, AdministrativeUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdministrativeUnit_Level(), this.getLevel(), "level", null, 1, 1, AdministrativeUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdministrativeUnit_Rank(), this.getRank(), "rank", null, 0, 1, AdministrativeUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdministrativeUnit_Superior(), this.getAdministrativeUnit(), null, "superior", null, 0, 1, AdministrativeUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getAdministrativeUnit__IsAbove__AdministrativeUnit(), ecorePackage.getEBoolean(), "isAbove", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getAdministrativeUnit(), "other", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getAdministrativeUnit__SuperiorChain(), this.getAdministrativeUnit(), "superiorChain", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEClass(indicatorEClass, Indicator.class, "Indicator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIndicator_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Direction(), this.getDirection(), "direction", null, 1, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(standardEClass, Standard.class, "Standard", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStandard_Issuer(), this.getIssuer(), null, "issuer", null, 0, 1, Standard.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getStandard_IssuedBy(), this.getAdministrativeUnit(), null, "issuedBy", null, 0, 1, Standard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStandard_Indicator(), this.getIndicator(), null, "indicator", null, 1, 1, Standard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandard_Sector(), ecorePackage.getEString(), "sector", null, 0, 1, Standard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandard_Value(), ecorePackage.getEDoubleObject(), "value", null, 0, 1, Standard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandard_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Standard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandard_Deadline(), ecorePackage.getEDate(), "deadline", null, 0, 1, Standard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandard_Binding(), ecorePackage.getEBoolean(), "binding", null, 0, 1, Standard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandard_Source(), ecorePackage.getEString(), "source", null, 0, 1, Standard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandard_SourceDate(), ecorePackage.getEDate(), "sourceDate", null, 0, 1, Standard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandard_EffectiveFrom(), ecorePackage.getEDate(), "effectiveFrom", null, 0, 1, Standard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandard_EffectiveUntil(), ecorePackage.getEDate(), "effectiveUntil", null, 0, 1, Standard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getStandard__CompareTo__Standard(), this.getStrictness(), "compareTo", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getStandard(), "other", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getStandard__EffectiveUnit(), ecorePackage.getEString(), "effectiveUnit", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(arrangementEClass, Arrangement.class, "Arrangement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getArrangement_Kind(), this.getArrangementKind(), "kind", null, 1, 1, Arrangement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArrangement_Members(), this.getAdministrativeUnit(), null, "members", null, 0, -1, Arrangement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArrangement_SubArrangements(), this.getArrangement(), this.getArrangement_Parent(), "subArrangements", null, 0, -1, Arrangement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArrangement_Parent(), this.getArrangement(), this.getArrangement_SubArrangements(), "parent", null, 0, 1, Arrangement.class, !IS_TRANSIENT, !IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArrangement_Convener(), this.getAdministrativeUnit(), null, "convener", null, 0, 1, Arrangement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArrangement_HostedBy(), this.getAdministrativeUnit(), null, "hostedBy", null, 0, 1, Arrangement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArrangement_Initiation(), this.getInitiation(), "initiation", null, 0, 1, Arrangement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArrangement_ReportsTo(), this.getAdministrativeUnit(), null, "reportsTo", null, 0, 1, Arrangement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArrangement_Established(), ecorePackage.getEDate(), "established", null, 0, 1, Arrangement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(negotiationEClass, Negotiation.class, "Negotiation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNegotiation_Topic(), ecorePackage.getEString(), "topic", null, 0, 1, Negotiation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNegotiation_Parties(), this.getAdministrativeUnit(), null, "parties", null, 2, -1, Negotiation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNegotiation_Venue(), this.getArrangement(), null, "venue", null, 0, 1, Negotiation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNegotiation_Started(), ecorePackage.getEDate(), "started", null, 0, 1, Negotiation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNegotiation_Status(), this.getNegotiationStatus(), "status", null, 1, 1, Negotiation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNegotiation_StatusSince(), ecorePackage.getEDate(), "statusSince", null, 0, 1, Negotiation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNegotiation_Agreements(), this.getAgreement(), null, "agreements", null, 0, -1, Negotiation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNegotiation_Interventions(), this.getIntervention(), this.getIntervention_Target(), "interventions", null, 0, -1, Negotiation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getNegotiation__DirectSuperior(), this.getAdministrativeUnit(), "directSuperior", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(agreementEClass, Agreement.class, "Agreement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAgreement_Signed(), ecorePackage.getEDate(), "signed", null, 0, 1, Agreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAgreement_Signatories(), this.getAdministrativeUnit(), null, "signatories", null, 0, -1, Agreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAgreement_Commitments(), this.getCommitment(), null, "commitments", null, 0, -1, Agreement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(commitmentEClass, Commitment.class, "Commitment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCommitment_Task(), ecorePackage.getEString(), "task", null, 0, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommitment_Responsible(), this.getAdministrativeUnit(), null, "responsible", null, 0, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitment_Due(), ecorePackage.getEDate(), "due", null, 0, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitment_Status(), this.getCommitmentStatus(), "status", null, 0, 1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interventionEClass, Intervention.class, "Intervention", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getIntervention_Intervener(), this.getAdministrativeUnit(), null, "intervener", null, 1, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntervention_Target(), this.getNegotiation(), this.getNegotiation_Interventions(), "target", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntervention_Means(), this.getInterventionMeans(), "means", null, 0, -1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntervention_Start(), ecorePackage.getEDate(), "start", null, 1, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntervention_End(), ecorePackage.getEDate(), "end", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntervention_ExitCondition(), ecorePackage.getEString(), "exitCondition", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntervention_Outcome(), this.getInterventionOutcome(), "outcome", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntervention_EscalatedFrom(), this.getIntervention(), null, "escalatedFrom", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(levelEEnum, Level.class, "Level");
		addEEnumLiteral(levelEEnum, Level.CENTRAL);
		addEEnumLiteral(levelEEnum, Level.PROVINCIAL);
		addEEnumLiteral(levelEEnum, Level.PREFECTURAL);
		addEEnumLiteral(levelEEnum, Level.COUNTY);

		initEEnum(rankEEnum, Rank.class, "Rank");
		addEEnumLiteral(rankEEnum, Rank.NATIONAL);
		addEEnumLiteral(rankEEnum, Rank.MINISTERIAL);
		addEEnumLiteral(rankEEnum, Rank.SUB_PROVINCIAL);
		addEEnumLiteral(rankEEnum, Rank.PREFECTURAL);
		addEEnumLiteral(rankEEnum, Rank.COUNTY);

		initEEnum(directionEEnum, Direction.class, "Direction");
		addEEnumLiteral(directionEEnum, Direction.UPPER_LIMIT);
		addEEnumLiteral(directionEEnum, Direction.LOWER_LIMIT);
		addEEnumLiteral(directionEEnum, Direction.DEADLINE);
		addEEnumLiteral(directionEEnum, Direction.LEVEL);
		addEEnumLiteral(directionEEnum, Direction.MANDATORY_ACTION);

		initEEnum(strictnessEEnum, Strictness.class, "Strictness");
		addEEnumLiteral(strictnessEEnum, Strictness.LOOSER);
		addEEnumLiteral(strictnessEEnum, Strictness.EQUAL);
		addEEnumLiteral(strictnessEEnum, Strictness.STRICTER);
		addEEnumLiteral(strictnessEEnum, Strictness.INCOMPARABLE);

		initEEnum(arrangementKindEEnum, ArrangementKind.class, "ArrangementKind");
		addEEnumLiteral(arrangementKindEEnum, ArrangementKind.JOINT_CONFERENCE);
		addEEnumLiteral(arrangementKindEEnum, ArrangementKind.METROPOLITAN_CIRCLE);
		addEEnumLiteral(arrangementKindEEnum, ArrangementKind.LEADING_GROUP);
		addEEnumLiteral(arrangementKindEEnum, ArrangementKind.COORDINATION_OFFICE);
		addEEnumLiteral(arrangementKindEEnum, ArrangementKind.COOPERATION_GROUP);
		addEEnumLiteral(arrangementKindEEnum, ArrangementKind.OTHER);

		initEEnum(initiationEEnum, Initiation.class, "Initiation");
		addEEnumLiteral(initiationEEnum, Initiation.TOP_DOWN);
		addEEnumLiteral(initiationEEnum, Initiation.SELF_INITIATED);

		initEEnum(negotiationStatusEEnum, NegotiationStatus.class, "NegotiationStatus");
		addEEnumLiteral(negotiationStatusEEnum, NegotiationStatus.ONGOING);
		addEEnumLiteral(negotiationStatusEEnum, NegotiationStatus.AGREED);
		addEEnumLiteral(negotiationStatusEEnum, NegotiationStatus.DEADLOCKED);
		addEEnumLiteral(negotiationStatusEEnum, NegotiationStatus.NOT_IMPLEMENTED);
		addEEnumLiteral(negotiationStatusEEnum, NegotiationStatus.INEFFECTIVE);
		addEEnumLiteral(negotiationStatusEEnum, NegotiationStatus.RESOLVED);

		initEEnum(commitmentStatusEEnum, CommitmentStatus.class, "CommitmentStatus");
		addEEnumLiteral(commitmentStatusEEnum, CommitmentStatus.PENDING);
		addEEnumLiteral(commitmentStatusEEnum, CommitmentStatus.DONE);
		addEEnumLiteral(commitmentStatusEEnum, CommitmentStatus.ABANDONED);

		initEEnum(interventionMeansEEnum, InterventionMeans.class, "InterventionMeans");
		addEEnumLiteral(interventionMeansEEnum, InterventionMeans.POLICY_DOCUMENT);
		addEEnumLiteral(interventionMeansEEnum, InterventionMeans.PERFORMANCE_ASSESSMENT);
		addEEnumLiteral(interventionMeansEEnum, InterventionMeans.LEADERSHIP_PARTICIPATION);
		addEEnumLiteral(interventionMeansEEnum, InterventionMeans.INSPECTION);
		addEEnumLiteral(interventionMeansEEnum, InterventionMeans.ESCALATED_MANAGEMENT);
		addEEnumLiteral(interventionMeansEEnum, InterventionMeans.EXPERT_SUPPORT);

		initEEnum(interventionOutcomeEEnum, InterventionOutcome.class, "InterventionOutcome");
		addEEnumLiteral(interventionOutcomeEEnum, InterventionOutcome.ONGOING);
		addEEnumLiteral(interventionOutcomeEEnum, InterventionOutcome.EFFECTIVE);
		addEEnumLiteral(interventionOutcomeEEnum, InterventionOutcome.INEFFECTIVE);

		// Create resource
		createResource(eNS_URI);
	}

} //GovernancePackageImpl
