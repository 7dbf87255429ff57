/**
 */
package io.pilothouse.model.k8s.batch.v1.impl;

import io.pilothouse.model.k8s.batch.v1.BatchV1Package;
import io.pilothouse.model.k8s.batch.v1.PodFailurePolicyOnExitCodesRequirement;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pod Failure Policy On Exit Codes Requirement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyOnExitCodesRequirementImpl#getContainerName <em>Container Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyOnExitCodesRequirementImpl#getOperator <em>Operator</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.batch.v1.impl.PodFailurePolicyOnExitCodesRequirementImpl#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodFailurePolicyOnExitCodesRequirementImpl extends MinimalEObjectImpl.Container implements PodFailurePolicyOnExitCodesRequirement {
	/**
	 * The default value of the '{@link #getContainerName() <em>Container Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerName()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTAINER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContainerName() <em>Container Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerName()
	 * @generated
	 * @ordered
	 */
	protected String containerName = CONTAINER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getOperator() <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOperator() <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected String operator = OPERATOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> values;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PodFailurePolicyOnExitCodesRequirementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BatchV1Package.Literals.POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContainerName() {
		return containerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContainerName(String newContainerName) {
		String oldContainerName = containerName;
		containerName = newContainerName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT__CONTAINER_NAME, oldContainerName, containerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperator() {
		return operator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperator(String newOperator) {
		String oldOperator = operator;
		operator = newOperator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BatchV1Package.POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT__OPERATOR, oldOperator, operator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getValues() {
		if (values == null) {
			values = new EDataTypeUniqueEList<Integer>(Integer.class, this, BatchV1Package.POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case BatchV1Package.POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT__CONTAINER_NAME:
				return getContainerName();
			case BatchV1Package.POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT__OPERATOR:
				return getOperator();
			case BatchV1Package.POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT__VALUES:
				return getValues();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case BatchV1Package.POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT__CONTAINER_NAME:
				setContainerName((String)newValue);
				return;
			case BatchV1Package.POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT__OPERATOR:
				setOperator((String)newValue);
				return;
			case BatchV1Package.POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends Integer>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case BatchV1Package.POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT__CONTAINER_NAME:
				setContainerName(CONTAINER_NAME_EDEFAULT);
				return;
			case BatchV1Package.POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT__OPERATOR:
				setOperator(OPERATOR_EDEFAULT);
				return;
			case BatchV1Package.POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT__VALUES:
				getValues().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case BatchV1Package.POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT__CONTAINER_NAME:
				return CONTAINER_NAME_EDEFAULT == null ? containerName != null : !CONTAINER_NAME_EDEFAULT.equals(containerName);
			case BatchV1Package.POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT__OPERATOR:
				return OPERATOR_EDEFAULT == null ? operator != null : !OPERATOR_EDEFAULT.equals(operator);
			case BatchV1Package.POD_FAILURE_POLICY_ON_EXIT_CODES_REQUIREMENT__VALUES:
				return values != null && !values.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (containerName: ");
		result.append(containerName);
		result.append(", operator: ");
		result.append(operator);
		result.append(", values: ");
		result.append(values);
		result.append(')');
		return result.toString();
	}

} //PodFailurePolicyOnExitCodesRequirementImpl
