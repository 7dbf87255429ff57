/**
 */
package io.pilothouse.model.k8s.apiregistration.v1.impl;

import io.pilothouse.model.k8s.apiregistration.v1.APIServiceSpec;
import io.pilothouse.model.k8s.apiregistration.v1.ApiregistrationV1Package;
import io.pilothouse.model.k8s.apiregistration.v1.ServiceReference;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>API Service Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceSpecImpl#getCaBundle <em>Ca Bundle</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceSpecImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceSpecImpl#getGroupPriorityMinimum <em>Group Priority Minimum</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceSpecImpl#getInsecureSkipTLSVerify <em>Insecure Skip TLS Verify</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceSpecImpl#getService <em>Service</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceSpecImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiregistration.v1.impl.APIServiceSpecImpl#getVersionPriority <em>Version Priority</em>}</li>
 * </ul>
 *
 * @generated
 */
public class APIServiceSpecImpl extends MinimalEObjectImpl.Container implements APIServiceSpec {
	/**
	 * The default value of the '{@link #getCaBundle() <em>Ca Bundle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaBundle()
	 * @generated
	 * @ordered
	 */
	protected static final String CA_BUNDLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaBundle() <em>Ca Bundle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaBundle()
	 * @generated
	 * @ordered
	 */
	protected String caBundle = CA_BUNDLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected String group = GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroupPriorityMinimum() <em>Group Priority Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupPriorityMinimum()
	 * @generated
	 * @ordered
	 */
	protected static final Integer GROUP_PRIORITY_MINIMUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGroupPriorityMinimum() <em>Group Priority Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupPriorityMinimum()
	 * @generated
	 * @ordered
	 */
	protected Integer groupPriorityMinimum = GROUP_PRIORITY_MINIMUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getInsecureSkipTLSVerify() <em>Insecure Skip TLS Verify</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsecureSkipTLSVerify()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean INSECURE_SKIP_TLS_VERIFY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInsecureSkipTLSVerify() <em>Insecure Skip TLS Verify</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsecureSkipTLSVerify()
	 * @generated
	 * @ordered
	 */
	protected Boolean insecureSkipTLSVerify = INSECURE_SKIP_TLS_VERIFY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getService() <em>Service</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getService()
	 * @generated
	 * @ordered
	 */
	protected ServiceReference service;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersionPriority() <em>Version Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersionPriority()
	 * @generated
	 * @ordered
	 */
	protected static final Integer VERSION_PRIORITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersionPriority() <em>Version Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersionPriority()
	 * @generated
	 * @ordered
	 */
	protected Integer versionPriority = VERSION_PRIORITY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected APIServiceSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ApiregistrationV1Package.Literals.API_SERVICE_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaBundle() {
		return caBundle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaBundle(String newCaBundle) {
		String oldCaBundle = caBundle;
		caBundle = newCaBundle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiregistrationV1Package.API_SERVICE_SPEC__CA_BUNDLE, oldCaBundle, caBundle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(String newGroup) {
		String oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiregistrationV1Package.API_SERVICE_SPEC__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getGroupPriorityMinimum() {
		return groupPriorityMinimum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroupPriorityMinimum(Integer newGroupPriorityMinimum) {
		Integer oldGroupPriorityMinimum = groupPriorityMinimum;
		groupPriorityMinimum = newGroupPriorityMinimum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiregistrationV1Package.API_SERVICE_SPEC__GROUP_PRIORITY_MINIMUM, oldGroupPriorityMinimum, groupPriorityMinimum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getInsecureSkipTLSVerify() {
		return insecureSkipTLSVerify;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInsecureSkipTLSVerify(Boolean newInsecureSkipTLSVerify) {
		Boolean oldInsecureSkipTLSVerify = insecureSkipTLSVerify;
		insecureSkipTLSVerify = newInsecureSkipTLSVerify;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiregistrationV1Package.API_SERVICE_SPEC__INSECURE_SKIP_TLS_VERIFY, oldInsecureSkipTLSVerify, insecureSkipTLSVerify));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceReference getService() {
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetService(ServiceReference newService, NotificationChain msgs) {
		ServiceReference oldService = service;
		service = newService;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ApiregistrationV1Package.API_SERVICE_SPEC__SERVICE, oldService, newService);
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
	public void setService(ServiceReference newService) {
		if (newService != service) {
			NotificationChain msgs = null;
			if (service != null)
				msgs = ((InternalEObject)service).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ApiregistrationV1Package.API_SERVICE_SPEC__SERVICE, null, msgs);
			if (newService != null)
				msgs = ((InternalEObject)newService).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ApiregistrationV1Package.API_SERVICE_SPEC__SERVICE, null, msgs);
			msgs = basicSetService(newService, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiregistrationV1Package.API_SERVICE_SPEC__SERVICE, newService, newService));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiregistrationV1Package.API_SERVICE_SPEC__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getVersionPriority() {
		return versionPriority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersionPriority(Integer newVersionPriority) {
		Integer oldVersionPriority = versionPriority;
		versionPriority = newVersionPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiregistrationV1Package.API_SERVICE_SPEC__VERSION_PRIORITY, oldVersionPriority, versionPriority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ApiregistrationV1Package.API_SERVICE_SPEC__SERVICE:
				return basicSetService(null, msgs);
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
			case ApiregistrationV1Package.API_SERVICE_SPEC__CA_BUNDLE:
				return getCaBundle();
			case ApiregistrationV1Package.API_SERVICE_SPEC__GROUP:
				return getGroup();
			case ApiregistrationV1Package.API_SERVICE_SPEC__GROUP_PRIORITY_MINIMUM:
				return getGroupPriorityMinimum();
			case ApiregistrationV1Package.API_SERVICE_SPEC__INSECURE_SKIP_TLS_VERIFY:
				return getInsecureSkipTLSVerify();
			case ApiregistrationV1Package.API_SERVICE_SPEC__SERVICE:
				return getService();
			case ApiregistrationV1Package.API_SERVICE_SPEC__VERSION:
				return getVersion();
			case ApiregistrationV1Package.API_SERVICE_SPEC__VERSION_PRIORITY:
				return getVersionPriority();
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
			case ApiregistrationV1Package.API_SERVICE_SPEC__CA_BUNDLE:
				setCaBundle((String)newValue);
				return;
			case ApiregistrationV1Package.API_SERVICE_SPEC__GROUP:
				setGroup((String)newValue);
				return;
			case ApiregistrationV1Package.API_SERVICE_SPEC__GROUP_PRIORITY_MINIMUM:
				setGroupPriorityMinimum((Integer)newValue);
				return;
			case ApiregistrationV1Package.API_SERVICE_SPEC__INSECURE_SKIP_TLS_VERIFY:
				setInsecureSkipTLSVerify((Boolean)newValue);
				return;
			case ApiregistrationV1Package.API_SERVICE_SPEC__SERVICE:
				setService((ServiceReference)newValue);
				return;
			case ApiregistrationV1Package.API_SERVICE_SPEC__VERSION:
				setVersion((String)newValue);
				return;
			case ApiregistrationV1Package.API_SERVICE_SPEC__VERSION_PRIORITY:
				setVersionPriority((Integer)newValue);
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
			case ApiregistrationV1Package.API_SERVICE_SPEC__CA_BUNDLE:
				setCaBundle(CA_BUNDLE_EDEFAULT);
				return;
			case ApiregistrationV1Package.API_SERVICE_SPEC__GROUP:
				setGroup(GROUP_EDEFAULT);
				return;
			case ApiregistrationV1Package.API_SERVICE_SPEC__GROUP_PRIORITY_MINIMUM:
				setGroupPriorityMinimum(GROUP_PRIORITY_MINIMUM_EDEFAULT);
				return;
			case ApiregistrationV1Package.API_SERVICE_SPEC__INSECURE_SKIP_TLS_VERIFY:
				setInsecureSkipTLSVerify(INSECURE_SKIP_TLS_VERIFY_EDEFAULT);
				return;
			case ApiregistrationV1Package.API_SERVICE_SPEC__SERVICE:
				setService((ServiceReference)null);
				return;
			case ApiregistrationV1Package.API_SERVICE_SPEC__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case ApiregistrationV1Package.API_SERVICE_SPEC__VERSION_PRIORITY:
				setVersionPriority(VERSION_PRIORITY_EDEFAULT);
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
			case ApiregistrationV1Package.API_SERVICE_SPEC__CA_BUNDLE:
				return CA_BUNDLE_EDEFAULT == null ? caBundle != null : !CA_BUNDLE_EDEFAULT.equals(caBundle);
			case ApiregistrationV1Package.API_SERVICE_SPEC__GROUP:
				return GROUP_EDEFAULT == null ? group != null : !GROUP_EDEFAULT.equals(group);
			case ApiregistrationV1Package.API_SERVICE_SPEC__GROUP_PRIORITY_MINIMUM:
				return GROUP_PRIORITY_MINIMUM_EDEFAULT == null ? groupPriorityMinimum != null : !GROUP_PRIORITY_MINIMUM_EDEFAULT.equals(groupPriorityMinimum);
			case ApiregistrationV1Package.API_SERVICE_SPEC__INSECURE_SKIP_TLS_VERIFY:
				return INSECURE_SKIP_TLS_VERIFY_EDEFAULT == null ? insecureSkipTLSVerify != null : !INSECURE_SKIP_TLS_VERIFY_EDEFAULT.equals(insecureSkipTLSVerify);
			case ApiregistrationV1Package.API_SERVICE_SPEC__SERVICE:
				return service != null;
			case ApiregistrationV1Package.API_SERVICE_SPEC__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case ApiregistrationV1Package.API_SERVICE_SPEC__VERSION_PRIORITY:
				return VERSION_PRIORITY_EDEFAULT == null ? versionPriority != null : !VERSION_PRIORITY_EDEFAULT.equals(versionPriority);
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
		result.append(" (caBundle: ");
		result.append(caBundle);
		result.append(", group: ");
		result.append(group);
		result.append(", groupPriorityMinimum: ");
		result.append(groupPriorityMinimum);
		result.append(", insecureSkipTLSVerify: ");
		result.append(insecureSkipTLSVerify);
		result.append(", version: ");
		result.append(version);
		result.append(", versionPriority: ");
		result.append(versionPriority);
		result.append(')');
		return result.toString();
	}

} //APIServiceSpecImpl
