/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.ConfigMapKeySelector;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.EnvVarSource;
import io.pilothouse.model.k8s.core.v1.FileKeySelector;
import io.pilothouse.model.k8s.core.v1.ObjectFieldSelector;
import io.pilothouse.model.k8s.core.v1.ResourceFieldSelector;
import io.pilothouse.model.k8s.core.v1.SecretKeySelector;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Env Var Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EnvVarSourceImpl#getConfigMapKeyRef <em>Config Map Key Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EnvVarSourceImpl#getFieldRef <em>Field Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EnvVarSourceImpl#getFileKeyRef <em>File Key Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EnvVarSourceImpl#getResourceFieldRef <em>Resource Field Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EnvVarSourceImpl#getSecretKeyRef <em>Secret Key Ref</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnvVarSourceImpl extends MinimalEObjectImpl.Container implements EnvVarSource {
	/**
	 * The cached value of the '{@link #getConfigMapKeyRef() <em>Config Map Key Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfigMapKeyRef()
	 * @generated
	 * @ordered
	 */
	protected ConfigMapKeySelector configMapKeyRef;

	/**
	 * The cached value of the '{@link #getFieldRef() <em>Field Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldRef()
	 * @generated
	 * @ordered
	 */
	protected ObjectFieldSelector fieldRef;

	/**
	 * The cached value of the '{@link #getFileKeyRef() <em>File Key Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileKeyRef()
	 * @generated
	 * @ordered
	 */
	protected FileKeySelector fileKeyRef;

	/**
	 * The cached value of the '{@link #getResourceFieldRef() <em>Resource Field Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceFieldRef()
	 * @generated
	 * @ordered
	 */
	protected ResourceFieldSelector resourceFieldRef;

	/**
	 * The cached value of the '{@link #getSecretKeyRef() <em>Secret Key Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecretKeyRef()
	 * @generated
	 * @ordered
	 */
	protected SecretKeySelector secretKeyRef;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnvVarSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.ENV_VAR_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfigMapKeySelector getConfigMapKeyRef() {
		return configMapKeyRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConfigMapKeyRef(ConfigMapKeySelector newConfigMapKeyRef, NotificationChain msgs) {
		ConfigMapKeySelector oldConfigMapKeyRef = configMapKeyRef;
		configMapKeyRef = newConfigMapKeyRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.ENV_VAR_SOURCE__CONFIG_MAP_KEY_REF, oldConfigMapKeyRef, newConfigMapKeyRef);
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
	public void setConfigMapKeyRef(ConfigMapKeySelector newConfigMapKeyRef) {
		if (newConfigMapKeyRef != configMapKeyRef) {
			NotificationChain msgs = null;
			if (configMapKeyRef != null)
				msgs = ((InternalEObject)configMapKeyRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.ENV_VAR_SOURCE__CONFIG_MAP_KEY_REF, null, msgs);
			if (newConfigMapKeyRef != null)
				msgs = ((InternalEObject)newConfigMapKeyRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.ENV_VAR_SOURCE__CONFIG_MAP_KEY_REF, null, msgs);
			msgs = basicSetConfigMapKeyRef(newConfigMapKeyRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.ENV_VAR_SOURCE__CONFIG_MAP_KEY_REF, newConfigMapKeyRef, newConfigMapKeyRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectFieldSelector getFieldRef() {
		return fieldRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFieldRef(ObjectFieldSelector newFieldRef, NotificationChain msgs) {
		ObjectFieldSelector oldFieldRef = fieldRef;
		fieldRef = newFieldRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.ENV_VAR_SOURCE__FIELD_REF, oldFieldRef, newFieldRef);
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
	public void setFieldRef(ObjectFieldSelector newFieldRef) {
		if (newFieldRef != fieldRef) {
			NotificationChain msgs = null;
			if (fieldRef != null)
				msgs = ((InternalEObject)fieldRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.ENV_VAR_SOURCE__FIELD_REF, null, msgs);
			if (newFieldRef != null)
				msgs = ((InternalEObject)newFieldRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.ENV_VAR_SOURCE__FIELD_REF, null, msgs);
			msgs = basicSetFieldRef(newFieldRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.ENV_VAR_SOURCE__FIELD_REF, newFieldRef, newFieldRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FileKeySelector getFileKeyRef() {
		return fileKeyRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFileKeyRef(FileKeySelector newFileKeyRef, NotificationChain msgs) {
		FileKeySelector oldFileKeyRef = fileKeyRef;
		fileKeyRef = newFileKeyRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.ENV_VAR_SOURCE__FILE_KEY_REF, oldFileKeyRef, newFileKeyRef);
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
	public void setFileKeyRef(FileKeySelector newFileKeyRef) {
		if (newFileKeyRef != fileKeyRef) {
			NotificationChain msgs = null;
			if (fileKeyRef != null)
				msgs = ((InternalEObject)fileKeyRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.ENV_VAR_SOURCE__FILE_KEY_REF, null, msgs);
			if (newFileKeyRef != null)
				msgs = ((InternalEObject)newFileKeyRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.ENV_VAR_SOURCE__FILE_KEY_REF, null, msgs);
			msgs = basicSetFileKeyRef(newFileKeyRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.ENV_VAR_SOURCE__FILE_KEY_REF, newFileKeyRef, newFileKeyRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceFieldSelector getResourceFieldRef() {
		return resourceFieldRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetResourceFieldRef(ResourceFieldSelector newResourceFieldRef, NotificationChain msgs) {
		ResourceFieldSelector oldResourceFieldRef = resourceFieldRef;
		resourceFieldRef = newResourceFieldRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.ENV_VAR_SOURCE__RESOURCE_FIELD_REF, oldResourceFieldRef, newResourceFieldRef);
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
	public void setResourceFieldRef(ResourceFieldSelector newResourceFieldRef) {
		if (newResourceFieldRef != resourceFieldRef) {
			NotificationChain msgs = null;
			if (resourceFieldRef != null)
				msgs = ((InternalEObject)resourceFieldRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.ENV_VAR_SOURCE__RESOURCE_FIELD_REF, null, msgs);
			if (newResourceFieldRef != null)
				msgs = ((InternalEObject)newResourceFieldRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.ENV_VAR_SOURCE__RESOURCE_FIELD_REF, null, msgs);
			msgs = basicSetResourceFieldRef(newResourceFieldRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.ENV_VAR_SOURCE__RESOURCE_FIELD_REF, newResourceFieldRef, newResourceFieldRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecretKeySelector getSecretKeyRef() {
		return secretKeyRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSecretKeyRef(SecretKeySelector newSecretKeyRef, NotificationChain msgs) {
		SecretKeySelector oldSecretKeyRef = secretKeyRef;
		secretKeyRef = newSecretKeyRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.ENV_VAR_SOURCE__SECRET_KEY_REF, oldSecretKeyRef, newSecretKeyRef);
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
	public void setSecretKeyRef(SecretKeySelector newSecretKeyRef) {
		if (newSecretKeyRef != secretKeyRef) {
			NotificationChain msgs = null;
			if (secretKeyRef != null)
				msgs = ((InternalEObject)secretKeyRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.ENV_VAR_SOURCE__SECRET_KEY_REF, null, msgs);
			if (newSecretKeyRef != null)
				msgs = ((InternalEObject)newSecretKeyRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.ENV_VAR_SOURCE__SECRET_KEY_REF, null, msgs);
			msgs = basicSetSecretKeyRef(newSecretKeyRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.ENV_VAR_SOURCE__SECRET_KEY_REF, newSecretKeyRef, newSecretKeyRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.ENV_VAR_SOURCE__CONFIG_MAP_KEY_REF:
				return basicSetConfigMapKeyRef(null, msgs);
			case CoreV1Package.ENV_VAR_SOURCE__FIELD_REF:
				return basicSetFieldRef(null, msgs);
			case CoreV1Package.ENV_VAR_SOURCE__FILE_KEY_REF:
				return basicSetFileKeyRef(null, msgs);
			case CoreV1Package.ENV_VAR_SOURCE__RESOURCE_FIELD_REF:
				return basicSetResourceFieldRef(null, msgs);
			case CoreV1Package.ENV_VAR_SOURCE__SECRET_KEY_REF:
				return basicSetSecretKeyRef(null, msgs);
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
			case CoreV1Package.ENV_VAR_SOURCE__CONFIG_MAP_KEY_REF:
				return getConfigMapKeyRef();
			case CoreV1Package.ENV_VAR_SOURCE__FIELD_REF:
				return getFieldRef();
			case CoreV1Package.ENV_VAR_SOURCE__FILE_KEY_REF:
				return getFileKeyRef();
			case CoreV1Package.ENV_VAR_SOURCE__RESOURCE_FIELD_REF:
				return getResourceFieldRef();
			case CoreV1Package.ENV_VAR_SOURCE__SECRET_KEY_REF:
				return getSecretKeyRef();
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
			case CoreV1Package.ENV_VAR_SOURCE__CONFIG_MAP_KEY_REF:
				setConfigMapKeyRef((ConfigMapKeySelector)newValue);
				return;
			case CoreV1Package.ENV_VAR_SOURCE__FIELD_REF:
				setFieldRef((ObjectFieldSelector)newValue);
				return;
			case CoreV1Package.ENV_VAR_SOURCE__FILE_KEY_REF:
				setFileKeyRef((FileKeySelector)newValue);
				return;
			case CoreV1Package.ENV_VAR_SOURCE__RESOURCE_FIELD_REF:
				setResourceFieldRef((ResourceFieldSelector)newValue);
				return;
			case CoreV1Package.ENV_VAR_SOURCE__SECRET_KEY_REF:
				setSecretKeyRef((SecretKeySelector)newValue);
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
			case CoreV1Package.ENV_VAR_SOURCE__CONFIG_MAP_KEY_REF:
				setConfigMapKeyRef((ConfigMapKeySelector)null);
				return;
			case CoreV1Package.ENV_VAR_SOURCE__FIELD_REF:
				setFieldRef((ObjectFieldSelector)null);
				return;
			case CoreV1Package.ENV_VAR_SOURCE__FILE_KEY_REF:
				setFileKeyRef((FileKeySelector)null);
				return;
			case CoreV1Package.ENV_VAR_SOURCE__RESOURCE_FIELD_REF:
				setResourceFieldRef((ResourceFieldSelector)null);
				return;
			case CoreV1Package.ENV_VAR_SOURCE__SECRET_KEY_REF:
				setSecretKeyRef((SecretKeySelector)null);
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
			case CoreV1Package.ENV_VAR_SOURCE__CONFIG_MAP_KEY_REF:
				return configMapKeyRef != null;
			case CoreV1Package.ENV_VAR_SOURCE__FIELD_REF:
				return fieldRef != null;
			case CoreV1Package.ENV_VAR_SOURCE__FILE_KEY_REF:
				return fileKeyRef != null;
			case CoreV1Package.ENV_VAR_SOURCE__RESOURCE_FIELD_REF:
				return resourceFieldRef != null;
			case CoreV1Package.ENV_VAR_SOURCE__SECRET_KEY_REF:
				return secretKeyRef != null;
		}
		return super.eIsSet(featureID);
	}

} //EnvVarSourceImpl
