/**
 */
package io.pilothouse.model.k8s.resource.v1beta2.impl;

import io.pilothouse.model.k8s.resource.v1beta2.DeviceClaim;
import io.pilothouse.model.k8s.resource.v1beta2.DeviceClaimConfiguration;
import io.pilothouse.model.k8s.resource.v1beta2.DeviceConstraint;
import io.pilothouse.model.k8s.resource.v1beta2.DeviceRequest;
import io.pilothouse.model.k8s.resource.v1beta2.ResourceV1beta2Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device Claim</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.DeviceClaimImpl#getConfig <em>Config</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.DeviceClaimImpl#getConstraints <em>Constraints</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta2.impl.DeviceClaimImpl#getRequests <em>Requests</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceClaimImpl extends MinimalEObjectImpl.Container implements DeviceClaim {
	/**
	 * The cached value of the '{@link #getConfig() <em>Config</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfig()
	 * @generated
	 * @ordered
	 */
	protected EList<DeviceClaimConfiguration> config;

	/**
	 * The cached value of the '{@link #getConstraints() <em>Constraints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConstraints()
	 * @generated
	 * @ordered
	 */
	protected EList<DeviceConstraint> constraints;

	/**
	 * The cached value of the '{@link #getRequests() <em>Requests</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequests()
	 * @generated
	 * @ordered
	 */
	protected EList<DeviceRequest> requests;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceClaimImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1beta2Package.Literals.DEVICE_CLAIM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceClaimConfiguration> getConfig() {
		if (config == null) {
			config = new EObjectContainmentEList<DeviceClaimConfiguration>(DeviceClaimConfiguration.class, this, ResourceV1beta2Package.DEVICE_CLAIM__CONFIG);
		}
		return config;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceConstraint> getConstraints() {
		if (constraints == null) {
			constraints = new EObjectContainmentEList<DeviceConstraint>(DeviceConstraint.class, this, ResourceV1beta2Package.DEVICE_CLAIM__CONSTRAINTS);
		}
		return constraints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceRequest> getRequests() {
		if (requests == null) {
			requests = new EObjectContainmentEList<DeviceRequest>(DeviceRequest.class, this, ResourceV1beta2Package.DEVICE_CLAIM__REQUESTS);
		}
		return requests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResourceV1beta2Package.DEVICE_CLAIM__CONFIG:
				return ((InternalEList<?>)getConfig()).basicRemove(otherEnd, msgs);
			case ResourceV1beta2Package.DEVICE_CLAIM__CONSTRAINTS:
				return ((InternalEList<?>)getConstraints()).basicRemove(otherEnd, msgs);
			case ResourceV1beta2Package.DEVICE_CLAIM__REQUESTS:
				return ((InternalEList<?>)getRequests()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ResourceV1beta2Package.DEVICE_CLAIM__CONFIG:
				return getConfig();
			case ResourceV1beta2Package.DEVICE_CLAIM__CONSTRAINTS:
				return getConstraints();
			case ResourceV1beta2Package.DEVICE_CLAIM__REQUESTS:
				return getRequests();
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
			case ResourceV1beta2Package.DEVICE_CLAIM__CONFIG:
				getConfig().clear();
				getConfig().addAll((Collection<? extends DeviceClaimConfiguration>)newValue);
				return;
			case ResourceV1beta2Package.DEVICE_CLAIM__CONSTRAINTS:
				getConstraints().clear();
				getConstraints().addAll((Collection<? extends DeviceConstraint>)newValue);
				return;
			case ResourceV1beta2Package.DEVICE_CLAIM__REQUESTS:
				getRequests().clear();
				getRequests().addAll((Collection<? extends DeviceRequest>)newValue);
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
			case ResourceV1beta2Package.DEVICE_CLAIM__CONFIG:
				getConfig().clear();
				return;
			case ResourceV1beta2Package.DEVICE_CLAIM__CONSTRAINTS:
				getConstraints().clear();
				return;
			case ResourceV1beta2Package.DEVICE_CLAIM__REQUESTS:
				getRequests().clear();
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
			case ResourceV1beta2Package.DEVICE_CLAIM__CONFIG:
				return config != null && !config.isEmpty();
			case ResourceV1beta2Package.DEVICE_CLAIM__CONSTRAINTS:
				return constraints != null && !constraints.isEmpty();
			case ResourceV1beta2Package.DEVICE_CLAIM__REQUESTS:
				return requests != null && !requests.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //DeviceClaimImpl
