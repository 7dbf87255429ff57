/**
 */
package io.pilothouse.model.k8s.networking.v1.impl;

import io.pilothouse.model.k8s.networking.v1.IPAddressSpec;
import io.pilothouse.model.k8s.networking.v1.NetworkingV1Package;
import io.pilothouse.model.k8s.networking.v1.ParentReference;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>IP Address Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.impl.IPAddressSpecImpl#getParentRef <em>Parent Ref</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IPAddressSpecImpl extends MinimalEObjectImpl.Container implements IPAddressSpec {
	/**
	 * The cached value of the '{@link #getParentRef() <em>Parent Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentRef()
	 * @generated
	 * @ordered
	 */
	protected ParentReference parentRef;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IPAddressSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkingV1Package.Literals.IP_ADDRESS_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParentReference getParentRef() {
		return parentRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParentRef(ParentReference newParentRef, NotificationChain msgs) {
		ParentReference oldParentRef = parentRef;
		parentRef = newParentRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NetworkingV1Package.IP_ADDRESS_SPEC__PARENT_REF, oldParentRef, newParentRef);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParentRef(ParentReference newParentRef) {
		if (newParentRef != parentRef) {
			NotificationChain msgs = null;
			if (parentRef != null)
				msgs = ((InternalEObject)parentRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NetworkingV1Package.IP_ADDRESS_SPEC__PARENT_REF, null, msgs);
			if (newParentRef != null)
				msgs = ((InternalEObject)newParentRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NetworkingV1Package.IP_ADDRESS_SPEC__PARENT_REF, null, msgs);
			msgs = basicSetParentRef(newParentRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkingV1Package.IP_ADDRESS_SPEC__PARENT_REF, newParentRef, newParentRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NetworkingV1Package.IP_ADDRESS_SPEC__PARENT_REF:
				return basicSetParentRef(null, msgs);
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
			case NetworkingV1Package.IP_ADDRESS_SPEC__PARENT_REF:
				return getParentRef();
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
			case NetworkingV1Package.IP_ADDRESS_SPEC__PARENT_REF:
				setParentRef((ParentReference)newValue);
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
			case NetworkingV1Package.IP_ADDRESS_SPEC__PARENT_REF:
				setParentRef((ParentReference)null);
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
			case NetworkingV1Package.IP_ADDRESS_SPEC__PARENT_REF:
				return parentRef != null;
		}
		return super.eIsSet(featureID);
	}

} //IPAddressSpecImpl
