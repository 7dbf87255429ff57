/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.ConfigMapNodeConfigSource;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.NodeConfigSource;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Config Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeConfigSourceImpl#getConfigMap <em>Config Map</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeConfigSourceImpl extends MinimalEObjectImpl.Container implements NodeConfigSource {
	/**
	 * The cached value of the '{@link #getConfigMap() <em>Config Map</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfigMap()
	 * @generated
	 * @ordered
	 */
	protected ConfigMapNodeConfigSource configMap;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeConfigSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.NODE_CONFIG_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfigMapNodeConfigSource getConfigMap() {
		return configMap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConfigMap(ConfigMapNodeConfigSource newConfigMap, NotificationChain msgs) {
		ConfigMapNodeConfigSource oldConfigMap = configMap;
		configMap = newConfigMap;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_CONFIG_SOURCE__CONFIG_MAP, oldConfigMap, newConfigMap);
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
	public void setConfigMap(ConfigMapNodeConfigSource newConfigMap) {
		if (newConfigMap != configMap) {
			NotificationChain msgs = null;
			if (configMap != null)
				msgs = ((InternalEObject)configMap).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_CONFIG_SOURCE__CONFIG_MAP, null, msgs);
			if (newConfigMap != null)
				msgs = ((InternalEObject)newConfigMap).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_CONFIG_SOURCE__CONFIG_MAP, null, msgs);
			msgs = basicSetConfigMap(newConfigMap, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_CONFIG_SOURCE__CONFIG_MAP, newConfigMap, newConfigMap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.NODE_CONFIG_SOURCE__CONFIG_MAP:
				return basicSetConfigMap(null, msgs);
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
			case CoreV1Package.NODE_CONFIG_SOURCE__CONFIG_MAP:
				return getConfigMap();
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
			case CoreV1Package.NODE_CONFIG_SOURCE__CONFIG_MAP:
				setConfigMap((ConfigMapNodeConfigSource)newValue);
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
			case CoreV1Package.NODE_CONFIG_SOURCE__CONFIG_MAP:
				setConfigMap((ConfigMapNodeConfigSource)null);
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
			case CoreV1Package.NODE_CONFIG_SOURCE__CONFIG_MAP:
				return configMap != null;
		}
		return super.eIsSet(featureID);
	}

} //NodeConfigSourceImpl
