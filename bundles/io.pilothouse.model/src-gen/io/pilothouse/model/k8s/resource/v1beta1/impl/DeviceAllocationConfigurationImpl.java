/**
 */
package io.pilothouse.model.k8s.resource.v1beta1.impl;

import io.pilothouse.model.k8s.resource.v1beta1.DeviceAllocationConfiguration;
import io.pilothouse.model.k8s.resource.v1beta1.OpaqueDeviceConfiguration;
import io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device Allocation Configuration</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceAllocationConfigurationImpl#getOpaque <em>Opaque</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceAllocationConfigurationImpl#getRequests <em>Requests</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.impl.DeviceAllocationConfigurationImpl#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceAllocationConfigurationImpl extends MinimalEObjectImpl.Container implements DeviceAllocationConfiguration {
	/**
	 * The cached value of the '{@link #getOpaque() <em>Opaque</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpaque()
	 * @generated
	 * @ordered
	 */
	protected OpaqueDeviceConfiguration opaque;

	/**
	 * The cached value of the '{@link #getRequests() <em>Requests</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequests()
	 * @generated
	 * @ordered
	 */
	protected EList<String> requests;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceAllocationConfigurationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourceV1beta1Package.Literals.DEVICE_ALLOCATION_CONFIGURATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OpaqueDeviceConfiguration getOpaque() {
		return opaque;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOpaque(OpaqueDeviceConfiguration newOpaque, NotificationChain msgs) {
		OpaqueDeviceConfiguration oldOpaque = opaque;
		opaque = newOpaque;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.DEVICE_ALLOCATION_CONFIGURATION__OPAQUE, oldOpaque, newOpaque);
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
	public void setOpaque(OpaqueDeviceConfiguration newOpaque) {
		if (newOpaque != opaque) {
			NotificationChain msgs = null;
			if (opaque != null)
				msgs = ((InternalEObject)opaque).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta1Package.DEVICE_ALLOCATION_CONFIGURATION__OPAQUE, null, msgs);
			if (newOpaque != null)
				msgs = ((InternalEObject)newOpaque).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ResourceV1beta1Package.DEVICE_ALLOCATION_CONFIGURATION__OPAQUE, null, msgs);
			msgs = basicSetOpaque(newOpaque, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.DEVICE_ALLOCATION_CONFIGURATION__OPAQUE, newOpaque, newOpaque));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRequests() {
		if (requests == null) {
			requests = new EDataTypeUniqueEList<String>(String.class, this, ResourceV1beta1Package.DEVICE_ALLOCATION_CONFIGURATION__REQUESTS);
		}
		return requests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourceV1beta1Package.DEVICE_ALLOCATION_CONFIGURATION__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResourceV1beta1Package.DEVICE_ALLOCATION_CONFIGURATION__OPAQUE:
				return basicSetOpaque(null, msgs);
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
			case ResourceV1beta1Package.DEVICE_ALLOCATION_CONFIGURATION__OPAQUE:
				return getOpaque();
			case ResourceV1beta1Package.DEVICE_ALLOCATION_CONFIGURATION__REQUESTS:
				return getRequests();
			case ResourceV1beta1Package.DEVICE_ALLOCATION_CONFIGURATION__SOURCE:
				return getSource();
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
			case ResourceV1beta1Package.DEVICE_ALLOCATION_CONFIGURATION__OPAQUE:
				setOpaque((OpaqueDeviceConfiguration)newValue);
				return;
			case ResourceV1beta1Package.DEVICE_ALLOCATION_CONFIGURATION__REQUESTS:
				getRequests().clear();
				getRequests().addAll((Collection<? extends String>)newValue);
				return;
			case ResourceV1beta1Package.DEVICE_ALLOCATION_CONFIGURATION__SOURCE:
				setSource((String)newValue);
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
			case ResourceV1beta1Package.DEVICE_ALLOCATION_CONFIGURATION__OPAQUE:
				setOpaque((OpaqueDeviceConfiguration)null);
				return;
			case ResourceV1beta1Package.DEVICE_ALLOCATION_CONFIGURATION__REQUESTS:
				getRequests().clear();
				return;
			case ResourceV1beta1Package.DEVICE_ALLOCATION_CONFIGURATION__SOURCE:
				setSource(SOURCE_EDEFAULT);
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
			case ResourceV1beta1Package.DEVICE_ALLOCATION_CONFIGURATION__OPAQUE:
				return opaque != null;
			case ResourceV1beta1Package.DEVICE_ALLOCATION_CONFIGURATION__REQUESTS:
				return requests != null && !requests.isEmpty();
			case ResourceV1beta1Package.DEVICE_ALLOCATION_CONFIGURATION__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
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
		result.append(" (requests: ");
		result.append(requests);
		result.append(", source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //DeviceAllocationConfigurationImpl
