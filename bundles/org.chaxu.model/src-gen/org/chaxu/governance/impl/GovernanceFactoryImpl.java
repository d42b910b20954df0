/**
 * Chaxu - generated from governance.genmodel; hand edits only in @generated NOT members.
 */
package org.chaxu.governance.impl;

import org.chaxu.governance.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class GovernanceFactoryImpl extends EFactoryImpl implements GovernanceFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static GovernanceFactory init() {
		try {
			GovernanceFactory theGovernanceFactory = (GovernanceFactory)EPackage.Registry.INSTANCE.getEFactory(GovernancePackage.eNS_URI);
			if (theGovernanceFactory != null) {
				return theGovernanceFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new GovernanceFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernanceFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case GovernancePackage.GOVERNANCE_MODEL: return createGovernanceModel();
			case GovernancePackage.ADMINISTRATIVE_UNIT: return createAdministrativeUnit();
			case GovernancePackage.INDICATOR: return createIndicator();
			case GovernancePackage.STANDARD: return createStandard();
			case GovernancePackage.ARRANGEMENT: return createArrangement();
			case GovernancePackage.NEGOTIATION: return createNegotiation();
			case GovernancePackage.AGREEMENT: return createAgreement();
			case GovernancePackage.COMMITMENT: return createCommitment();
			case GovernancePackage.INTERVENTION: return createIntervention();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case GovernancePackage.LEVEL:
				return createLevelFromString(eDataType, initialValue);
			case GovernancePackage.RANK:
				return createRankFromString(eDataType, initialValue);
			case GovernancePackage.DIRECTION:
				return createDirectionFromString(eDataType, initialValue);
			case GovernancePackage.STRICTNESS:
				return createStrictnessFromString(eDataType, initialValue);
			case GovernancePackage.ARRANGEMENT_KIND:
				return createArrangementKindFromString(eDataType, initialValue);
			case GovernancePackage.INITIATION:
				return createInitiationFromString(eDataType, initialValue);
			case GovernancePackage.NEGOTIATION_STATUS:
				return createNegotiationStatusFromString(eDataType, initialValue);
			case GovernancePackage.COMMITMENT_STATUS:
				return createCommitmentStatusFromString(eDataType, initialValue);
			case GovernancePackage.INTERVENTION_MEANS:
				return createInterventionMeansFromString(eDataType, initialValue);
			case GovernancePackage.INTERVENTION_OUTCOME:
				return createInterventionOutcomeFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case GovernancePackage.LEVEL:
				return convertLevelToString(eDataType, instanceValue);
			case GovernancePackage.RANK:
				return convertRankToString(eDataType, instanceValue);
			case GovernancePackage.DIRECTION:
				return convertDirectionToString(eDataType, instanceValue);
			case GovernancePackage.STRICTNESS:
				return convertStrictnessToString(eDataType, instanceValue);
			case GovernancePackage.ARRANGEMENT_KIND:
				return convertArrangementKindToString(eDataType, instanceValue);
			case GovernancePackage.INITIATION:
				return convertInitiationToString(eDataType, instanceValue);
			case GovernancePackage.NEGOTIATION_STATUS:
				return convertNegotiationStatusToString(eDataType, instanceValue);
			case GovernancePackage.COMMITMENT_STATUS:
				return convertCommitmentStatusToString(eDataType, instanceValue);
			case GovernancePackage.INTERVENTION_MEANS:
				return convertInterventionMeansToString(eDataType, instanceValue);
			case GovernancePackage.INTERVENTION_OUTCOME:
				return convertInterventionOutcomeToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceModel createGovernanceModel() {
		GovernanceModelImpl governanceModel = new GovernanceModelImpl();
		return governanceModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdministrativeUnit createAdministrativeUnit() {
		AdministrativeUnitImpl administrativeUnit = new AdministrativeUnitImpl();
		return administrativeUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator createIndicator() {
		IndicatorImpl indicator = new IndicatorImpl();
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Standard createStandard() {
		StandardImpl standard = new StandardImpl();
		return standard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Arrangement createArrangement() {
		ArrangementImpl arrangement = new ArrangementImpl();
		return arrangement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Negotiation createNegotiation() {
		NegotiationImpl negotiation = new NegotiationImpl();
		return negotiation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agreement createAgreement() {
		AgreementImpl agreement = new AgreementImpl();
		return agreement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Commitment createCommitment() {
		CommitmentImpl commitment = new CommitmentImpl();
		return commitment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Intervention createIntervention() {
		InterventionImpl intervention = new InterventionImpl();
		return intervention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Level createLevelFromString(EDataType eDataType, String initialValue) {
		Level result = Level.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Rank createRankFromString(EDataType eDataType, String initialValue) {
		Rank result = Rank.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRankToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Direction createDirectionFromString(EDataType eDataType, String initialValue) {
		Direction result = Direction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Strictness createStrictnessFromString(EDataType eDataType, String initialValue) {
		Strictness result = Strictness.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStrictnessToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ArrangementKind createArrangementKindFromString(EDataType eDataType, String initialValue) {
		ArrangementKind result = ArrangementKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArrangementKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Initiation createInitiationFromString(EDataType eDataType, String initialValue) {
		Initiation result = Initiation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInitiationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NegotiationStatus createNegotiationStatusFromString(EDataType eDataType, String initialValue) {
		NegotiationStatus result = NegotiationStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNegotiationStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CommitmentStatus createCommitmentStatusFromString(EDataType eDataType, String initialValue) {
		CommitmentStatus result = CommitmentStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCommitmentStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterventionMeans createInterventionMeansFromString(EDataType eDataType, String initialValue) {
		InterventionMeans result = InterventionMeans.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterventionMeansToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterventionOutcome createInterventionOutcomeFromString(EDataType eDataType, String initialValue) {
		InterventionOutcome result = InterventionOutcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterventionOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernancePackage getGovernancePackage() {
		return (GovernancePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static GovernancePackage getPackage() {
		return GovernancePackage.eINSTANCE;
	}

} //GovernanceFactoryImpl
