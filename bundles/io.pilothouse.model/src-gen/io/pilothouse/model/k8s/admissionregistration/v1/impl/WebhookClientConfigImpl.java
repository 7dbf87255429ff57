/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1.impl;

import io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package;
import io.pilothouse.model.k8s.admissionregistration.v1.ServiceReference;
import io.pilothouse.model.k8s.admissionregistration.v1.WebhookClientConfig;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Webhook Client Config</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.WebhookClientConfigImpl#getCaBundle <em>Ca Bundle</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.WebhookClientConfigImpl#getService <em>Service</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.WebhookClientConfigImpl#getUrl <em>Url</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WebhookClientConfigImpl extends MinimalEObjectImpl.Container implements WebhookClientConfig {
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
	 * The cached value of the '{@link #getService() <em>Service</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getService()
	 * @generated
	 * @ordered
	 */
	protected ServiceReference service;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WebhookClientConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdmissionregistrationV1Package.Literals.WEBHOOK_CLIENT_CONFIG;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.WEBHOOK_CLIENT_CONFIG__CA_BUNDLE, oldCaBundle, caBundle));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.WEBHOOK_CLIENT_CONFIG__SERVICE, oldService, newService);
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
				msgs = ((InternalEObject)service).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1Package.WEBHOOK_CLIENT_CONFIG__SERVICE, null, msgs);
			if (newService != null)
				msgs = ((InternalEObject)newService).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AdmissionregistrationV1Package.WEBHOOK_CLIENT_CONFIG__SERVICE, null, msgs);
			msgs = basicSetService(newService, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.WEBHOOK_CLIENT_CONFIG__SERVICE, newService, newService));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdmissionregistrationV1Package.WEBHOOK_CLIENT_CONFIG__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AdmissionregistrationV1Package.WEBHOOK_CLIENT_CONFIG__SERVICE:
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
			case AdmissionregistrationV1Package.WEBHOOK_CLIENT_CONFIG__CA_BUNDLE:
				return getCaBundle();
			case AdmissionregistrationV1Package.WEBHOOK_CLIENT_CONFIG__SERVICE:
				return getService();
			case AdmissionregistrationV1Package.WEBHOOK_CLIENT_CONFIG__URL:
				return getUrl();
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
			case AdmissionregistrationV1Package.WEBHOOK_CLIENT_CONFIG__CA_BUNDLE:
				setCaBundle((String)newValue);
				return;
			case AdmissionregistrationV1Package.WEBHOOK_CLIENT_CONFIG__SERVICE:
				setService((ServiceReference)newValue);
				return;
			case AdmissionregistrationV1Package.WEBHOOK_CLIENT_CONFIG__URL:
				setUrl((String)newValue);
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
			case AdmissionregistrationV1Package.WEBHOOK_CLIENT_CONFIG__CA_BUNDLE:
				setCaBundle(CA_BUNDLE_EDEFAULT);
				return;
			case AdmissionregistrationV1Package.WEBHOOK_CLIENT_CONFIG__SERVICE:
				setService((ServiceReference)null);
				return;
			case AdmissionregistrationV1Package.WEBHOOK_CLIENT_CONFIG__URL:
				setUrl(URL_EDEFAULT);
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
			case AdmissionregistrationV1Package.WEBHOOK_CLIENT_CONFIG__CA_BUNDLE:
				return CA_BUNDLE_EDEFAULT == null ? caBundle != null : !CA_BUNDLE_EDEFAULT.equals(caBundle);
			case AdmissionregistrationV1Package.WEBHOOK_CLIENT_CONFIG__SERVICE:
				return service != null;
			case AdmissionregistrationV1Package.WEBHOOK_CLIENT_CONFIG__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
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
		result.append(", url: ");
		result.append(url);
		result.append(')');
		return result.toString();
	}

} //WebhookClientConfigImpl
