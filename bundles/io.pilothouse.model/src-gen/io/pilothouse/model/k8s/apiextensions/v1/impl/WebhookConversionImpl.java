/**
 */
package io.pilothouse.model.k8s.apiextensions.v1.impl;

import io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package;
import io.pilothouse.model.k8s.apiextensions.v1.WebhookClientConfig;
import io.pilothouse.model.k8s.apiextensions.v1.WebhookConversion;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Webhook Conversion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.WebhookConversionImpl#getClientConfig <em>Client Config</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.WebhookConversionImpl#getConversionReviewVersions <em>Conversion Review Versions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WebhookConversionImpl extends MinimalEObjectImpl.Container implements WebhookConversion {
	/**
	 * The cached value of the '{@link #getClientConfig() <em>Client Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientConfig()
	 * @generated
	 * @ordered
	 */
	protected WebhookClientConfig clientConfig;

	/**
	 * The cached value of the '{@link #getConversionReviewVersions() <em>Conversion Review Versions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConversionReviewVersions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> conversionReviewVersions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WebhookConversionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ApiextensionsV1Package.Literals.WEBHOOK_CONVERSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WebhookClientConfig getClientConfig() {
		return clientConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetClientConfig(WebhookClientConfig newClientConfig, NotificationChain msgs) {
		WebhookClientConfig oldClientConfig = clientConfig;
		clientConfig = newClientConfig;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.WEBHOOK_CONVERSION__CLIENT_CONFIG, oldClientConfig, newClientConfig);
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
	public void setClientConfig(WebhookClientConfig newClientConfig) {
		if (newClientConfig != clientConfig) {
			NotificationChain msgs = null;
			if (clientConfig != null)
				msgs = ((InternalEObject)clientConfig).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ApiextensionsV1Package.WEBHOOK_CONVERSION__CLIENT_CONFIG, null, msgs);
			if (newClientConfig != null)
				msgs = ((InternalEObject)newClientConfig).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ApiextensionsV1Package.WEBHOOK_CONVERSION__CLIENT_CONFIG, null, msgs);
			msgs = basicSetClientConfig(newClientConfig, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.WEBHOOK_CONVERSION__CLIENT_CONFIG, newClientConfig, newClientConfig));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getConversionReviewVersions() {
		if (conversionReviewVersions == null) {
			conversionReviewVersions = new EDataTypeUniqueEList<String>(String.class, this, ApiextensionsV1Package.WEBHOOK_CONVERSION__CONVERSION_REVIEW_VERSIONS);
		}
		return conversionReviewVersions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ApiextensionsV1Package.WEBHOOK_CONVERSION__CLIENT_CONFIG:
				return basicSetClientConfig(null, msgs);
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
			case ApiextensionsV1Package.WEBHOOK_CONVERSION__CLIENT_CONFIG:
				return getClientConfig();
			case ApiextensionsV1Package.WEBHOOK_CONVERSION__CONVERSION_REVIEW_VERSIONS:
				return getConversionReviewVersions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ApiextensionsV1Package.WEBHOOK_CONVERSION__CLIENT_CONFIG:
				setClientConfig((WebhookClientConfig)newValue);
				return;
			case ApiextensionsV1Package.WEBHOOK_CONVERSION__CONVERSION_REVIEW_VERSIONS:
				getConversionReviewVersions().clear();
				getConversionReviewVersions().addAll((Collection<? extends String>)newValue);
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
			case ApiextensionsV1Package.WEBHOOK_CONVERSION__CLIENT_CONFIG:
				setClientConfig((WebhookClientConfig)null);
				return;
			case ApiextensionsV1Package.WEBHOOK_CONVERSION__CONVERSION_REVIEW_VERSIONS:
				getConversionReviewVersions().clear();
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
			case ApiextensionsV1Package.WEBHOOK_CONVERSION__CLIENT_CONFIG:
				return clientConfig != null;
			case ApiextensionsV1Package.WEBHOOK_CONVERSION__CONVERSION_REVIEW_VERSIONS:
				return conversionReviewVersions != null && !conversionReviewVersions.isEmpty();
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
		result.append(" (conversionReviewVersions: ");
		result.append(conversionReviewVersions);
		result.append(')');
		return result.toString();
	}

} //WebhookConversionImpl
