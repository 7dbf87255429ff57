/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.ConfigMapEnvSource;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.EnvFromSource;
import io.pilothouse.model.k8s.core.v1.SecretEnvSource;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Env From Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EnvFromSourceImpl#getConfigMapRef <em>Config Map Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EnvFromSourceImpl#getPrefix <em>Prefix</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EnvFromSourceImpl#getSecretRef <em>Secret Ref</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnvFromSourceImpl extends MinimalEObjectImpl.Container implements EnvFromSource {
	/**
	 * The cached value of the '{@link #getConfigMapRef() <em>Config Map Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfigMapRef()
	 * @generated
	 * @ordered
	 */
	protected ConfigMapEnvSource configMapRef;

	/**
	 * The default value of the '{@link #getPrefix() <em>Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefix()
	 * @generated
	 * @ordered
	 */
	protected static final String PREFIX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrefix() <em>Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefix()
	 * @generated
	 * @ordered
	 */
	protected String prefix = PREFIX_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSecretRef() <em>Secret Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecretRef()
	 * @generated
	 * @ordered
	 */
	protected SecretEnvSource secretRef;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnvFromSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.ENV_FROM_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfigMapEnvSource getConfigMapRef() {
		return configMapRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConfigMapRef(ConfigMapEnvSource newConfigMapRef, NotificationChain msgs) {
		ConfigMapEnvSource oldConfigMapRef = configMapRef;
		configMapRef = newConfigMapRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.ENV_FROM_SOURCE__CONFIG_MAP_REF, oldConfigMapRef, newConfigMapRef);
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
	public void setConfigMapRef(ConfigMapEnvSource newConfigMapRef) {
		if (newConfigMapRef != configMapRef) {
			NotificationChain msgs = null;
			if (configMapRef != null)
				msgs = ((InternalEObject)configMapRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.ENV_FROM_SOURCE__CONFIG_MAP_REF, null, msgs);
			if (newConfigMapRef != null)
				msgs = ((InternalEObject)newConfigMapRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.ENV_FROM_SOURCE__CONFIG_MAP_REF, null, msgs);
			msgs = basicSetConfigMapRef(newConfigMapRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.ENV_FROM_SOURCE__CONFIG_MAP_REF, newConfigMapRef, newConfigMapRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrefix() {
		return prefix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrefix(String newPrefix) {
		String oldPrefix = prefix;
		prefix = newPrefix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.ENV_FROM_SOURCE__PREFIX, oldPrefix, prefix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecretEnvSource getSecretRef() {
		return secretRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSecretRef(SecretEnvSource newSecretRef, NotificationChain msgs) {
		SecretEnvSource oldSecretRef = secretRef;
		secretRef = newSecretRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.ENV_FROM_SOURCE__SECRET_REF, oldSecretRef, newSecretRef);
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
	public void setSecretRef(SecretEnvSource newSecretRef) {
		if (newSecretRef != secretRef) {
			NotificationChain msgs = null;
			if (secretRef != null)
				msgs = ((InternalEObject)secretRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.ENV_FROM_SOURCE__SECRET_REF, null, msgs);
			if (newSecretRef != null)
				msgs = ((InternalEObject)newSecretRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.ENV_FROM_SOURCE__SECRET_REF, null, msgs);
			msgs = basicSetSecretRef(newSecretRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.ENV_FROM_SOURCE__SECRET_REF, newSecretRef, newSecretRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.ENV_FROM_SOURCE__CONFIG_MAP_REF:
				return basicSetConfigMapRef(null, msgs);
			case CoreV1Package.ENV_FROM_SOURCE__SECRET_REF:
				return basicSetSecretRef(null, msgs);
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
			case CoreV1Package.ENV_FROM_SOURCE__CONFIG_MAP_REF:
				return getConfigMapRef();
			case CoreV1Package.ENV_FROM_SOURCE__PREFIX:
				return getPrefix();
			case CoreV1Package.ENV_FROM_SOURCE__SECRET_REF:
				return getSecretRef();
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
			case CoreV1Package.ENV_FROM_SOURCE__CONFIG_MAP_REF:
				setConfigMapRef((ConfigMapEnvSource)newValue);
				return;
			case CoreV1Package.ENV_FROM_SOURCE__PREFIX:
				setPrefix((String)newValue);
				return;
			case CoreV1Package.ENV_FROM_SOURCE__SECRET_REF:
				setSecretRef((SecretEnvSource)newValue);
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
			case CoreV1Package.ENV_FROM_SOURCE__CONFIG_MAP_REF:
				setConfigMapRef((ConfigMapEnvSource)null);
				return;
			case CoreV1Package.ENV_FROM_SOURCE__PREFIX:
				setPrefix(PREFIX_EDEFAULT);
				return;
			case CoreV1Package.ENV_FROM_SOURCE__SECRET_REF:
				setSecretRef((SecretEnvSource)null);
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
			case CoreV1Package.ENV_FROM_SOURCE__CONFIG_MAP_REF:
				return configMapRef != null;
			case CoreV1Package.ENV_FROM_SOURCE__PREFIX:
				return PREFIX_EDEFAULT == null ? prefix != null : !PREFIX_EDEFAULT.equals(prefix);
			case CoreV1Package.ENV_FROM_SOURCE__SECRET_REF:
				return secretRef != null;
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
		result.append(" (prefix: ");
		result.append(prefix);
		result.append(')');
		return result.toString();
	}

} //EnvFromSourceImpl
