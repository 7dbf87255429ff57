/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.EndpointAddress;
import io.pilothouse.model.k8s.core.v1.EndpointPort;
import io.pilothouse.model.k8s.core.v1.EndpointSubset;

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
 * An implementation of the model object '<em><b>Endpoint Subset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EndpointSubsetImpl#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EndpointSubsetImpl#getNotReadyAddresses <em>Not Ready Addresses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EndpointSubsetImpl#getPorts <em>Ports</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EndpointSubsetImpl extends MinimalEObjectImpl.Container implements EndpointSubset {
	/**
	 * The cached value of the '{@link #getAddresses() <em>Addresses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresses()
	 * @generated
	 * @ordered
	 */
	protected EList<EndpointAddress> addresses;

	/**
	 * The cached value of the '{@link #getNotReadyAddresses() <em>Not Ready Addresses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotReadyAddresses()
	 * @generated
	 * @ordered
	 */
	protected EList<EndpointAddress> notReadyAddresses;

	/**
	 * The cached value of the '{@link #getPorts() <em>Ports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPorts()
	 * @generated
	 * @ordered
	 */
	protected EList<EndpointPort> ports;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EndpointSubsetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.ENDPOINT_SUBSET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EndpointAddress> getAddresses() {
		if (addresses == null) {
			addresses = new EObjectContainmentEList<EndpointAddress>(EndpointAddress.class, this, CoreV1Package.ENDPOINT_SUBSET__ADDRESSES);
		}
		return addresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EndpointAddress> getNotReadyAddresses() {
		if (notReadyAddresses == null) {
			notReadyAddresses = new EObjectContainmentEList<EndpointAddress>(EndpointAddress.class, this, CoreV1Package.ENDPOINT_SUBSET__NOT_READY_ADDRESSES);
		}
		return notReadyAddresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EndpointPort> getPorts() {
		if (ports == null) {
			ports = new EObjectContainmentEList<EndpointPort>(EndpointPort.class, this, CoreV1Package.ENDPOINT_SUBSET__PORTS);
		}
		return ports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.ENDPOINT_SUBSET__ADDRESSES:
				return ((InternalEList<?>)getAddresses()).basicRemove(otherEnd, msgs);
			case CoreV1Package.ENDPOINT_SUBSET__NOT_READY_ADDRESSES:
				return ((InternalEList<?>)getNotReadyAddresses()).basicRemove(otherEnd, msgs);
			case CoreV1Package.ENDPOINT_SUBSET__PORTS:
				return ((InternalEList<?>)getPorts()).basicRemove(otherEnd, msgs);
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
			case CoreV1Package.ENDPOINT_SUBSET__ADDRESSES:
				return getAddresses();
			case CoreV1Package.ENDPOINT_SUBSET__NOT_READY_ADDRESSES:
				return getNotReadyAddresses();
			case CoreV1Package.ENDPOINT_SUBSET__PORTS:
				return getPorts();
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
			case CoreV1Package.ENDPOINT_SUBSET__ADDRESSES:
				getAddresses().clear();
				getAddresses().addAll((Collection<? extends EndpointAddress>)newValue);
				return;
			case CoreV1Package.ENDPOINT_SUBSET__NOT_READY_ADDRESSES:
				getNotReadyAddresses().clear();
				getNotReadyAddresses().addAll((Collection<? extends EndpointAddress>)newValue);
				return;
			case CoreV1Package.ENDPOINT_SUBSET__PORTS:
				getPorts().clear();
				getPorts().addAll((Collection<? extends EndpointPort>)newValue);
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
			case CoreV1Package.ENDPOINT_SUBSET__ADDRESSES:
				getAddresses().clear();
				return;
			case CoreV1Package.ENDPOINT_SUBSET__NOT_READY_ADDRESSES:
				getNotReadyAddresses().clear();
				return;
			case CoreV1Package.ENDPOINT_SUBSET__PORTS:
				getPorts().clear();
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
			case CoreV1Package.ENDPOINT_SUBSET__ADDRESSES:
				return addresses != null && !addresses.isEmpty();
			case CoreV1Package.ENDPOINT_SUBSET__NOT_READY_ADDRESSES:
				return notReadyAddresses != null && !notReadyAddresses.isEmpty();
			case CoreV1Package.ENDPOINT_SUBSET__PORTS:
				return ports != null && !ports.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //EndpointSubsetImpl
