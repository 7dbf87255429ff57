/**
 */
package io.pilothouse.model.k8s.networking.v1.impl;

import io.pilothouse.model.k8s.networking.v1.NetworkingV1Package;
import io.pilothouse.model.k8s.networking.v1.ServiceCIDRSpec;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service CIDR Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.impl.ServiceCIDRSpecImpl#getCidrs <em>Cidrs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceCIDRSpecImpl extends MinimalEObjectImpl.Container implements ServiceCIDRSpec {
	/**
	 * The cached value of the '{@link #getCidrs() <em>Cidrs</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCidrs()
	 * @generated
	 * @ordered
	 */
	protected EList<String> cidrs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceCIDRSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkingV1Package.Literals.SERVICE_CIDR_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCidrs() {
		if (cidrs == null) {
			cidrs = new EDataTypeUniqueEList<String>(String.class, this, NetworkingV1Package.SERVICE_CIDR_SPEC__CIDRS);
		}
		return cidrs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NetworkingV1Package.SERVICE_CIDR_SPEC__CIDRS:
				return getCidrs();
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
			case NetworkingV1Package.SERVICE_CIDR_SPEC__CIDRS:
				getCidrs().clear();
				getCidrs().addAll((Collection<? extends String>)newValue);
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
			case NetworkingV1Package.SERVICE_CIDR_SPEC__CIDRS:
				getCidrs().clear();
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
			case NetworkingV1Package.SERVICE_CIDR_SPEC__CIDRS:
				return cidrs != null && !cidrs.isEmpty();
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
		result.append(" (cidrs: ");
		result.append(cidrs);
		result.append(')');
		return result.toString();
	}

} //ServiceCIDRSpecImpl
