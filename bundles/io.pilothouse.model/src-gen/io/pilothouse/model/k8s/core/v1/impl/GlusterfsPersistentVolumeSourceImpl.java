/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.GlusterfsPersistentVolumeSource;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Glusterfs Persistent Volume Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.GlusterfsPersistentVolumeSourceImpl#getEndpoints <em>Endpoints</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.GlusterfsPersistentVolumeSourceImpl#getEndpointsNamespace <em>Endpoints Namespace</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.GlusterfsPersistentVolumeSourceImpl#getPath <em>Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.GlusterfsPersistentVolumeSourceImpl#getReadOnly <em>Read Only</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GlusterfsPersistentVolumeSourceImpl extends MinimalEObjectImpl.Container implements GlusterfsPersistentVolumeSource {
	/**
	 * The default value of the '{@link #getEndpoints() <em>Endpoints</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpoints()
	 * @generated
	 * @ordered
	 */
	protected static final String ENDPOINTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndpoints() <em>Endpoints</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpoints()
	 * @generated
	 * @ordered
	 */
	protected String endpoints = ENDPOINTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndpointsNamespace() <em>Endpoints Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpointsNamespace()
	 * @generated
	 * @ordered
	 */
	protected static final String ENDPOINTS_NAMESPACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndpointsNamespace() <em>Endpoints Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpointsNamespace()
	 * @generated
	 * @ordered
	 */
	protected String endpointsNamespace = ENDPOINTS_NAMESPACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadOnly()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean READ_ONLY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadOnly()
	 * @generated
	 * @ordered
	 */
	protected Boolean readOnly = READ_ONLY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GlusterfsPersistentVolumeSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.GLUSTERFS_PERSISTENT_VOLUME_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEndpoints() {
		return endpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndpoints(String newEndpoints) {
		String oldEndpoints = endpoints;
		endpoints = newEndpoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.GLUSTERFS_PERSISTENT_VOLUME_SOURCE__ENDPOINTS, oldEndpoints, endpoints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEndpointsNamespace() {
		return endpointsNamespace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndpointsNamespace(String newEndpointsNamespace) {
		String oldEndpointsNamespace = endpointsNamespace;
		endpointsNamespace = newEndpointsNamespace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.GLUSTERFS_PERSISTENT_VOLUME_SOURCE__ENDPOINTS_NAMESPACE, oldEndpointsNamespace, endpointsNamespace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.GLUSTERFS_PERSISTENT_VOLUME_SOURCE__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getReadOnly() {
		return readOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadOnly(Boolean newReadOnly) {
		Boolean oldReadOnly = readOnly;
		readOnly = newReadOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.GLUSTERFS_PERSISTENT_VOLUME_SOURCE__READ_ONLY, oldReadOnly, readOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.GLUSTERFS_PERSISTENT_VOLUME_SOURCE__ENDPOINTS:
				return getEndpoints();
			case CoreV1Package.GLUSTERFS_PERSISTENT_VOLUME_SOURCE__ENDPOINTS_NAMESPACE:
				return getEndpointsNamespace();
			case CoreV1Package.GLUSTERFS_PERSISTENT_VOLUME_SOURCE__PATH:
				return getPath();
			case CoreV1Package.GLUSTERFS_PERSISTENT_VOLUME_SOURCE__READ_ONLY:
				return getReadOnly();
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
			case CoreV1Package.GLUSTERFS_PERSISTENT_VOLUME_SOURCE__ENDPOINTS:
				setEndpoints((String)newValue);
				return;
			case CoreV1Package.GLUSTERFS_PERSISTENT_VOLUME_SOURCE__ENDPOINTS_NAMESPACE:
				setEndpointsNamespace((String)newValue);
				return;
			case CoreV1Package.GLUSTERFS_PERSISTENT_VOLUME_SOURCE__PATH:
				setPath((String)newValue);
				return;
			case CoreV1Package.GLUSTERFS_PERSISTENT_VOLUME_SOURCE__READ_ONLY:
				setReadOnly((Boolean)newValue);
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
			case CoreV1Package.GLUSTERFS_PERSISTENT_VOLUME_SOURCE__ENDPOINTS:
				setEndpoints(ENDPOINTS_EDEFAULT);
				return;
			case CoreV1Package.GLUSTERFS_PERSISTENT_VOLUME_SOURCE__ENDPOINTS_NAMESPACE:
				setEndpointsNamespace(ENDPOINTS_NAMESPACE_EDEFAULT);
				return;
			case CoreV1Package.GLUSTERFS_PERSISTENT_VOLUME_SOURCE__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case CoreV1Package.GLUSTERFS_PERSISTENT_VOLUME_SOURCE__READ_ONLY:
				setReadOnly(READ_ONLY_EDEFAULT);
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
			case CoreV1Package.GLUSTERFS_PERSISTENT_VOLUME_SOURCE__ENDPOINTS:
				return ENDPOINTS_EDEFAULT == null ? endpoints != null : !ENDPOINTS_EDEFAULT.equals(endpoints);
			case CoreV1Package.GLUSTERFS_PERSISTENT_VOLUME_SOURCE__ENDPOINTS_NAMESPACE:
				return ENDPOINTS_NAMESPACE_EDEFAULT == null ? endpointsNamespace != null : !ENDPOINTS_NAMESPACE_EDEFAULT.equals(endpointsNamespace);
			case CoreV1Package.GLUSTERFS_PERSISTENT_VOLUME_SOURCE__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case CoreV1Package.GLUSTERFS_PERSISTENT_VOLUME_SOURCE__READ_ONLY:
				return READ_ONLY_EDEFAULT == null ? readOnly != null : !READ_ONLY_EDEFAULT.equals(readOnly);
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
		result.append(" (endpoints: ");
		result.append(endpoints);
		result.append(", endpointsNamespace: ");
		result.append(endpointsNamespace);
		result.append(", path: ");
		result.append(path);
		result.append(", readOnly: ");
		result.append(readOnly);
		result.append(')');
		return result.toString();
	}

} //GlusterfsPersistentVolumeSourceImpl
