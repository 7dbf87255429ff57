/**
 */
package io.pilothouse.model.k8s.networking.v1.impl;

import io.pilothouse.model.k8s.networking.v1.HTTPIngressPath;
import io.pilothouse.model.k8s.networking.v1.IngressBackend;
import io.pilothouse.model.k8s.networking.v1.NetworkingV1Package;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>HTTP Ingress Path</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.impl.HTTPIngressPathImpl#getBackend <em>Backend</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.impl.HTTPIngressPathImpl#getPath <em>Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.impl.HTTPIngressPathImpl#getPathType <em>Path Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HTTPIngressPathImpl extends MinimalEObjectImpl.Container implements HTTPIngressPath {
	/**
	 * The cached value of the '{@link #getBackend() <em>Backend</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackend()
	 * @generated
	 * @ordered
	 */
	protected IngressBackend backend;

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
	 * The default value of the '{@link #getPathType() <em>Path Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPathType()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPathType() <em>Path Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPathType()
	 * @generated
	 * @ordered
	 */
	protected String pathType = PATH_TYPE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HTTPIngressPathImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkingV1Package.Literals.HTTP_INGRESS_PATH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IngressBackend getBackend() {
		return backend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBackend(IngressBackend newBackend, NotificationChain msgs) {
		IngressBackend oldBackend = backend;
		backend = newBackend;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NetworkingV1Package.HTTP_INGRESS_PATH__BACKEND, oldBackend, newBackend);
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
	public void setBackend(IngressBackend newBackend) {
		if (newBackend != backend) {
			NotificationChain msgs = null;
			if (backend != null)
				msgs = ((InternalEObject)backend).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NetworkingV1Package.HTTP_INGRESS_PATH__BACKEND, null, msgs);
			if (newBackend != null)
				msgs = ((InternalEObject)newBackend).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NetworkingV1Package.HTTP_INGRESS_PATH__BACKEND, null, msgs);
			msgs = basicSetBackend(newBackend, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkingV1Package.HTTP_INGRESS_PATH__BACKEND, newBackend, newBackend));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkingV1Package.HTTP_INGRESS_PATH__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPathType() {
		return pathType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPathType(String newPathType) {
		String oldPathType = pathType;
		pathType = newPathType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkingV1Package.HTTP_INGRESS_PATH__PATH_TYPE, oldPathType, pathType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NetworkingV1Package.HTTP_INGRESS_PATH__BACKEND:
				return basicSetBackend(null, msgs);
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
			case NetworkingV1Package.HTTP_INGRESS_PATH__BACKEND:
				return getBackend();
			case NetworkingV1Package.HTTP_INGRESS_PATH__PATH:
				return getPath();
			case NetworkingV1Package.HTTP_INGRESS_PATH__PATH_TYPE:
				return getPathType();
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
			case NetworkingV1Package.HTTP_INGRESS_PATH__BACKEND:
				setBackend((IngressBackend)newValue);
				return;
			case NetworkingV1Package.HTTP_INGRESS_PATH__PATH:
				setPath((String)newValue);
				return;
			case NetworkingV1Package.HTTP_INGRESS_PATH__PATH_TYPE:
				setPathType((String)newValue);
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
			case NetworkingV1Package.HTTP_INGRESS_PATH__BACKEND:
				setBackend((IngressBackend)null);
				return;
			case NetworkingV1Package.HTTP_INGRESS_PATH__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case NetworkingV1Package.HTTP_INGRESS_PATH__PATH_TYPE:
				setPathType(PATH_TYPE_EDEFAULT);
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
			case NetworkingV1Package.HTTP_INGRESS_PATH__BACKEND:
				return backend != null;
			case NetworkingV1Package.HTTP_INGRESS_PATH__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case NetworkingV1Package.HTTP_INGRESS_PATH__PATH_TYPE:
				return PATH_TYPE_EDEFAULT == null ? pathType != null : !PATH_TYPE_EDEFAULT.equals(pathType);
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
		result.append(" (path: ");
		result.append(path);
		result.append(", pathType: ");
		result.append(pathType);
		result.append(')');
		return result.toString();
	}

} //HTTPIngressPathImpl
