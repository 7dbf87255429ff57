/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.ContainerExtendedResourceRequest;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Container Extended Resource Request</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerExtendedResourceRequestImpl#getContainerName <em>Container Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerExtendedResourceRequestImpl#getRequestName <em>Request Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ContainerExtendedResourceRequestImpl#getResourceName <em>Resource Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContainerExtendedResourceRequestImpl extends MinimalEObjectImpl.Container implements ContainerExtendedResourceRequest {
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
	 * The default value of the '{@link #getRequestName() <em>Request Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestName()
	 * @generated
	 * @ordered
	 */
	protected static final String REQUEST_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRequestName() <em>Request Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestName()
	 * @generated
	 * @ordered
	 */
	protected String requestName = REQUEST_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getResourceName() <em>Resource Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceName()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOURCE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResourceName() <em>Resource Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceName()
	 * @generated
	 * @ordered
	 */
	protected String resourceName = RESOURCE_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContainerExtendedResourceRequestImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.CONTAINER_EXTENDED_RESOURCE_REQUEST;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_EXTENDED_RESOURCE_REQUEST__CONTAINER_NAME, oldContainerName, containerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRequestName() {
		return requestName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequestName(String newRequestName) {
		String oldRequestName = requestName;
		requestName = newRequestName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_EXTENDED_RESOURCE_REQUEST__REQUEST_NAME, oldRequestName, requestName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResourceName() {
		return resourceName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceName(String newResourceName) {
		String oldResourceName = resourceName;
		resourceName = newResourceName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.CONTAINER_EXTENDED_RESOURCE_REQUEST__RESOURCE_NAME, oldResourceName, resourceName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.CONTAINER_EXTENDED_RESOURCE_REQUEST__CONTAINER_NAME:
				return getContainerName();
			case CoreV1Package.CONTAINER_EXTENDED_RESOURCE_REQUEST__REQUEST_NAME:
				return getRequestName();
			case CoreV1Package.CONTAINER_EXTENDED_RESOURCE_REQUEST__RESOURCE_NAME:
				return getResourceName();
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
			case CoreV1Package.CONTAINER_EXTENDED_RESOURCE_REQUEST__CONTAINER_NAME:
				setContainerName((String)newValue);
				return;
			case CoreV1Package.CONTAINER_EXTENDED_RESOURCE_REQUEST__REQUEST_NAME:
				setRequestName((String)newValue);
				return;
			case CoreV1Package.CONTAINER_EXTENDED_RESOURCE_REQUEST__RESOURCE_NAME:
				setResourceName((String)newValue);
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
			case CoreV1Package.CONTAINER_EXTENDED_RESOURCE_REQUEST__CONTAINER_NAME:
				setContainerName(CONTAINER_NAME_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER_EXTENDED_RESOURCE_REQUEST__REQUEST_NAME:
				setRequestName(REQUEST_NAME_EDEFAULT);
				return;
			case CoreV1Package.CONTAINER_EXTENDED_RESOURCE_REQUEST__RESOURCE_NAME:
				setResourceName(RESOURCE_NAME_EDEFAULT);
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
			case CoreV1Package.CONTAINER_EXTENDED_RESOURCE_REQUEST__CONTAINER_NAME:
				return CONTAINER_NAME_EDEFAULT == null ? containerName != null : !CONTAINER_NAME_EDEFAULT.equals(containerName);
			case CoreV1Package.CONTAINER_EXTENDED_RESOURCE_REQUEST__REQUEST_NAME:
				return REQUEST_NAME_EDEFAULT == null ? requestName != null : !REQUEST_NAME_EDEFAULT.equals(requestName);
			case CoreV1Package.CONTAINER_EXTENDED_RESOURCE_REQUEST__RESOURCE_NAME:
				return RESOURCE_NAME_EDEFAULT == null ? resourceName != null : !RESOURCE_NAME_EDEFAULT.equals(resourceName);
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
		result.append(", requestName: ");
		result.append(requestName);
		result.append(", resourceName: ");
		result.append(resourceName);
		result.append(')');
		return result.toString();
	}

} //ContainerExtendedResourceRequestImpl
