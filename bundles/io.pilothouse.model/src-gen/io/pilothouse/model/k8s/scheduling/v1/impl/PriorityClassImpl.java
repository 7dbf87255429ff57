/**
 */
package io.pilothouse.model.k8s.scheduling.v1.impl;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

import io.pilothouse.model.k8s.scheduling.v1.PriorityClass;
import io.pilothouse.model.k8s.scheduling.v1.SchedulingV1Package;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Priority Class</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1.impl.PriorityClassImpl#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1.impl.PriorityClassImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1.impl.PriorityClassImpl#getGlobalDefault <em>Global Default</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1.impl.PriorityClassImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1.impl.PriorityClassImpl#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1.impl.PriorityClassImpl#getPreemptionPolicy <em>Preemption Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1.impl.PriorityClassImpl#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PriorityClassImpl extends MinimalEObjectImpl.Container implements PriorityClass {
	/**
	 * The default value of the '{@link #getApiVersion() <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String API_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApiVersion() <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiVersion()
	 * @generated
	 * @ordered
	 */
	protected String apiVersion = API_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getGlobalDefault() <em>Global Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGlobalDefault()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean GLOBAL_DEFAULT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGlobalDefault() <em>Global Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGlobalDefault()
	 * @generated
	 * @ordered
	 */
	protected Boolean globalDefault = GLOBAL_DEFAULT_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMetadata() <em>Metadata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetadata()
	 * @generated
	 * @ordered
	 */
	protected ObjectMeta metadata;

	/**
	 * The default value of the '{@link #getPreemptionPolicy() <em>Preemption Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreemptionPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String PREEMPTION_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreemptionPolicy() <em>Preemption Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreemptionPolicy()
	 * @generated
	 * @ordered
	 */
	protected String preemptionPolicy = PREEMPTION_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final Integer VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected Integer value = VALUE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PriorityClassImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedulingV1Package.Literals.PRIORITY_CLASS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApiVersion() {
		return apiVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApiVersion(String newApiVersion) {
		String oldApiVersion = apiVersion;
		apiVersion = newApiVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulingV1Package.PRIORITY_CLASS__API_VERSION, oldApiVersion, apiVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulingV1Package.PRIORITY_CLASS__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getGlobalDefault() {
		return globalDefault;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGlobalDefault(Boolean newGlobalDefault) {
		Boolean oldGlobalDefault = globalDefault;
		globalDefault = newGlobalDefault;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulingV1Package.PRIORITY_CLASS__GLOBAL_DEFAULT, oldGlobalDefault, globalDefault));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulingV1Package.PRIORITY_CLASS__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectMeta getMetadata() {
		return metadata;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMetadata(ObjectMeta newMetadata, NotificationChain msgs) {
		ObjectMeta oldMetadata = metadata;
		metadata = newMetadata;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SchedulingV1Package.PRIORITY_CLASS__METADATA, oldMetadata, newMetadata);
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
	public void setMetadata(ObjectMeta newMetadata) {
		if (newMetadata != metadata) {
			NotificationChain msgs = null;
			if (metadata != null)
				msgs = ((InternalEObject)metadata).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SchedulingV1Package.PRIORITY_CLASS__METADATA, null, msgs);
			if (newMetadata != null)
				msgs = ((InternalEObject)newMetadata).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SchedulingV1Package.PRIORITY_CLASS__METADATA, null, msgs);
			msgs = basicSetMetadata(newMetadata, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulingV1Package.PRIORITY_CLASS__METADATA, newMetadata, newMetadata));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreemptionPolicy() {
		return preemptionPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreemptionPolicy(String newPreemptionPolicy) {
		String oldPreemptionPolicy = preemptionPolicy;
		preemptionPolicy = newPreemptionPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulingV1Package.PRIORITY_CLASS__PREEMPTION_POLICY, oldPreemptionPolicy, preemptionPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(Integer newValue) {
		Integer oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulingV1Package.PRIORITY_CLASS__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SchedulingV1Package.PRIORITY_CLASS__METADATA:
				return basicSetMetadata(null, msgs);
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
			case SchedulingV1Package.PRIORITY_CLASS__API_VERSION:
				return getApiVersion();
			case SchedulingV1Package.PRIORITY_CLASS__DESCRIPTION:
				return getDescription();
			case SchedulingV1Package.PRIORITY_CLASS__GLOBAL_DEFAULT:
				return getGlobalDefault();
			case SchedulingV1Package.PRIORITY_CLASS__KIND:
				return getKind();
			case SchedulingV1Package.PRIORITY_CLASS__METADATA:
				return getMetadata();
			case SchedulingV1Package.PRIORITY_CLASS__PREEMPTION_POLICY:
				return getPreemptionPolicy();
			case SchedulingV1Package.PRIORITY_CLASS__VALUE:
				return getValue();
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
			case SchedulingV1Package.PRIORITY_CLASS__API_VERSION:
				setApiVersion((String)newValue);
				return;
			case SchedulingV1Package.PRIORITY_CLASS__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SchedulingV1Package.PRIORITY_CLASS__GLOBAL_DEFAULT:
				setGlobalDefault((Boolean)newValue);
				return;
			case SchedulingV1Package.PRIORITY_CLASS__KIND:
				setKind((String)newValue);
				return;
			case SchedulingV1Package.PRIORITY_CLASS__METADATA:
				setMetadata((ObjectMeta)newValue);
				return;
			case SchedulingV1Package.PRIORITY_CLASS__PREEMPTION_POLICY:
				setPreemptionPolicy((String)newValue);
				return;
			case SchedulingV1Package.PRIORITY_CLASS__VALUE:
				setValue((Integer)newValue);
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
			case SchedulingV1Package.PRIORITY_CLASS__API_VERSION:
				setApiVersion(API_VERSION_EDEFAULT);
				return;
			case SchedulingV1Package.PRIORITY_CLASS__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SchedulingV1Package.PRIORITY_CLASS__GLOBAL_DEFAULT:
				setGlobalDefault(GLOBAL_DEFAULT_EDEFAULT);
				return;
			case SchedulingV1Package.PRIORITY_CLASS__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SchedulingV1Package.PRIORITY_CLASS__METADATA:
				setMetadata((ObjectMeta)null);
				return;
			case SchedulingV1Package.PRIORITY_CLASS__PREEMPTION_POLICY:
				setPreemptionPolicy(PREEMPTION_POLICY_EDEFAULT);
				return;
			case SchedulingV1Package.PRIORITY_CLASS__VALUE:
				setValue(VALUE_EDEFAULT);
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
			case SchedulingV1Package.PRIORITY_CLASS__API_VERSION:
				return API_VERSION_EDEFAULT == null ? apiVersion != null : !API_VERSION_EDEFAULT.equals(apiVersion);
			case SchedulingV1Package.PRIORITY_CLASS__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SchedulingV1Package.PRIORITY_CLASS__GLOBAL_DEFAULT:
				return GLOBAL_DEFAULT_EDEFAULT == null ? globalDefault != null : !GLOBAL_DEFAULT_EDEFAULT.equals(globalDefault);
			case SchedulingV1Package.PRIORITY_CLASS__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case SchedulingV1Package.PRIORITY_CLASS__METADATA:
				return metadata != null;
			case SchedulingV1Package.PRIORITY_CLASS__PREEMPTION_POLICY:
				return PREEMPTION_POLICY_EDEFAULT == null ? preemptionPolicy != null : !PREEMPTION_POLICY_EDEFAULT.equals(preemptionPolicy);
			case SchedulingV1Package.PRIORITY_CLASS__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
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
		result.append(" (apiVersion: ");
		result.append(apiVersion);
		result.append(", description: ");
		result.append(description);
		result.append(", globalDefault: ");
		result.append(globalDefault);
		result.append(", kind: ");
		result.append(kind);
		result.append(", preemptionPolicy: ");
		result.append(preemptionPolicy);
		result.append(", value: ");
		result.append(value);
		result.append(')');
		return result.toString();
	}

} //PriorityClassImpl
