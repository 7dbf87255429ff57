/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.NodeRuntimeHandlerFeatures;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Runtime Handler Features</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeRuntimeHandlerFeaturesImpl#getRecursiveReadOnlyMounts <em>Recursive Read Only Mounts</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeRuntimeHandlerFeaturesImpl#getUserNamespaces <em>User Namespaces</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeRuntimeHandlerFeaturesImpl extends MinimalEObjectImpl.Container implements NodeRuntimeHandlerFeatures {
	/**
	 * The default value of the '{@link #getRecursiveReadOnlyMounts() <em>Recursive Read Only Mounts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecursiveReadOnlyMounts()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean RECURSIVE_READ_ONLY_MOUNTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecursiveReadOnlyMounts() <em>Recursive Read Only Mounts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecursiveReadOnlyMounts()
	 * @generated
	 * @ordered
	 */
	protected Boolean recursiveReadOnlyMounts = RECURSIVE_READ_ONLY_MOUNTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getUserNamespaces() <em>User Namespaces</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserNamespaces()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean USER_NAMESPACES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserNamespaces() <em>User Namespaces</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserNamespaces()
	 * @generated
	 * @ordered
	 */
	protected Boolean userNamespaces = USER_NAMESPACES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeRuntimeHandlerFeaturesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.NODE_RUNTIME_HANDLER_FEATURES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getRecursiveReadOnlyMounts() {
		return recursiveReadOnlyMounts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecursiveReadOnlyMounts(Boolean newRecursiveReadOnlyMounts) {
		Boolean oldRecursiveReadOnlyMounts = recursiveReadOnlyMounts;
		recursiveReadOnlyMounts = newRecursiveReadOnlyMounts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_RUNTIME_HANDLER_FEATURES__RECURSIVE_READ_ONLY_MOUNTS, oldRecursiveReadOnlyMounts, recursiveReadOnlyMounts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getUserNamespaces() {
		return userNamespaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserNamespaces(Boolean newUserNamespaces) {
		Boolean oldUserNamespaces = userNamespaces;
		userNamespaces = newUserNamespaces;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_RUNTIME_HANDLER_FEATURES__USER_NAMESPACES, oldUserNamespaces, userNamespaces));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.NODE_RUNTIME_HANDLER_FEATURES__RECURSIVE_READ_ONLY_MOUNTS:
				return getRecursiveReadOnlyMounts();
			case CoreV1Package.NODE_RUNTIME_HANDLER_FEATURES__USER_NAMESPACES:
				return getUserNamespaces();
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
			case CoreV1Package.NODE_RUNTIME_HANDLER_FEATURES__RECURSIVE_READ_ONLY_MOUNTS:
				setRecursiveReadOnlyMounts((Boolean)newValue);
				return;
			case CoreV1Package.NODE_RUNTIME_HANDLER_FEATURES__USER_NAMESPACES:
				setUserNamespaces((Boolean)newValue);
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
			case CoreV1Package.NODE_RUNTIME_HANDLER_FEATURES__RECURSIVE_READ_ONLY_MOUNTS:
				setRecursiveReadOnlyMounts(RECURSIVE_READ_ONLY_MOUNTS_EDEFAULT);
				return;
			case CoreV1Package.NODE_RUNTIME_HANDLER_FEATURES__USER_NAMESPACES:
				setUserNamespaces(USER_NAMESPACES_EDEFAULT);
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
			case CoreV1Package.NODE_RUNTIME_HANDLER_FEATURES__RECURSIVE_READ_ONLY_MOUNTS:
				return RECURSIVE_READ_ONLY_MOUNTS_EDEFAULT == null ? recursiveReadOnlyMounts != null : !RECURSIVE_READ_ONLY_MOUNTS_EDEFAULT.equals(recursiveReadOnlyMounts);
			case CoreV1Package.NODE_RUNTIME_HANDLER_FEATURES__USER_NAMESPACES:
				return USER_NAMESPACES_EDEFAULT == null ? userNamespaces != null : !USER_NAMESPACES_EDEFAULT.equals(userNamespaces);
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
		result.append(" (recursiveReadOnlyMounts: ");
		result.append(recursiveReadOnlyMounts);
		result.append(", userNamespaces: ");
		result.append(userNamespaces);
		result.append(')');
		return result.toString();
	}

} //NodeRuntimeHandlerFeaturesImpl
