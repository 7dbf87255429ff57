/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.NodeFeatures;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Features</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeFeaturesImpl#getSupplementalGroupsPolicy <em>Supplemental Groups Policy</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeFeaturesImpl extends MinimalEObjectImpl.Container implements NodeFeatures {
	/**
	 * The default value of the '{@link #getSupplementalGroupsPolicy() <em>Supplemental Groups Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplementalGroupsPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean SUPPLEMENTAL_GROUPS_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupplementalGroupsPolicy() <em>Supplemental Groups Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplementalGroupsPolicy()
	 * @generated
	 * @ordered
	 */
	protected Boolean supplementalGroupsPolicy = SUPPLEMENTAL_GROUPS_POLICY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeFeaturesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.NODE_FEATURES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getSupplementalGroupsPolicy() {
		return supplementalGroupsPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupplementalGroupsPolicy(Boolean newSupplementalGroupsPolicy) {
		Boolean oldSupplementalGroupsPolicy = supplementalGroupsPolicy;
		supplementalGroupsPolicy = newSupplementalGroupsPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_FEATURES__SUPPLEMENTAL_GROUPS_POLICY, oldSupplementalGroupsPolicy, supplementalGroupsPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.NODE_FEATURES__SUPPLEMENTAL_GROUPS_POLICY:
				return getSupplementalGroupsPolicy();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CoreV1Package.NODE_FEATURES__SUPPLEMENTAL_GROUPS_POLICY:
				setSupplementalGroupsPolicy((Boolean)newValue);
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
			case CoreV1Package.NODE_FEATURES__SUPPLEMENTAL_GROUPS_POLICY:
				setSupplementalGroupsPolicy(SUPPLEMENTAL_GROUPS_POLICY_EDEFAULT);
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
			case CoreV1Package.NODE_FEATURES__SUPPLEMENTAL_GROUPS_POLICY:
				return SUPPLEMENTAL_GROUPS_POLICY_EDEFAULT == null ? supplementalGroupsPolicy != null : !SUPPLEMENTAL_GROUPS_POLICY_EDEFAULT.equals(supplementalGroupsPolicy);
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
		result.append(" (supplementalGroupsPolicy: ");
		result.append(supplementalGroupsPolicy);
		result.append(')');
		return result.toString();
	}

} //NodeFeaturesImpl
