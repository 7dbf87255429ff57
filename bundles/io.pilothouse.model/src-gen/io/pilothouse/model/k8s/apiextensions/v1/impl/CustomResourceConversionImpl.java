/**
 */
package io.pilothouse.model.k8s.apiextensions.v1.impl;

import io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package;
import io.pilothouse.model.k8s.apiextensions.v1.CustomResourceConversion;
import io.pilothouse.model.k8s.apiextensions.v1.WebhookConversion;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Custom Resource Conversion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceConversionImpl#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceConversionImpl#getWebhook <em>Webhook</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomResourceConversionImpl extends MinimalEObjectImpl.Container implements CustomResourceConversion {
	/**
	 * The default value of the '{@link #getStrategy() <em>Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategy()
	 * @generated
	 * @ordered
	 */
	protected static final String STRATEGY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStrategy() <em>Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategy()
	 * @generated
	 * @ordered
	 */
	protected String strategy = STRATEGY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWebhook() <em>Webhook</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWebhook()
	 * @generated
	 * @ordered
	 */
	protected WebhookConversion webhook;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomResourceConversionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ApiextensionsV1Package.Literals.CUSTOM_RESOURCE_CONVERSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStrategy() {
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrategy(String newStrategy) {
		String oldStrategy = strategy;
		strategy = newStrategy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_CONVERSION__STRATEGY, oldStrategy, strategy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WebhookConversion getWebhook() {
		return webhook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWebhook(WebhookConversion newWebhook, NotificationChain msgs) {
		WebhookConversion oldWebhook = webhook;
		webhook = newWebhook;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_CONVERSION__WEBHOOK, oldWebhook, newWebhook);
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
	public void setWebhook(WebhookConversion newWebhook) {
		if (newWebhook != webhook) {
			NotificationChain msgs = null;
			if (webhook != null)
				msgs = ((InternalEObject)webhook).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ApiextensionsV1Package.CUSTOM_RESOURCE_CONVERSION__WEBHOOK, null, msgs);
			if (newWebhook != null)
				msgs = ((InternalEObject)newWebhook).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ApiextensionsV1Package.CUSTOM_RESOURCE_CONVERSION__WEBHOOK, null, msgs);
			msgs = basicSetWebhook(newWebhook, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_CONVERSION__WEBHOOK, newWebhook, newWebhook));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ApiextensionsV1Package.CUSTOM_RESOURCE_CONVERSION__WEBHOOK:
				return basicSetWebhook(null, msgs);
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_CONVERSION__STRATEGY:
				return getStrategy();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_CONVERSION__WEBHOOK:
				return getWebhook();
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_CONVERSION__STRATEGY:
				setStrategy((String)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_CONVERSION__WEBHOOK:
				setWebhook((WebhookConversion)newValue);
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_CONVERSION__STRATEGY:
				setStrategy(STRATEGY_EDEFAULT);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_CONVERSION__WEBHOOK:
				setWebhook((WebhookConversion)null);
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_CONVERSION__STRATEGY:
				return STRATEGY_EDEFAULT == null ? strategy != null : !STRATEGY_EDEFAULT.equals(strategy);
			case ApiextensionsV1Package.CUSTOM_RESOURCE_CONVERSION__WEBHOOK:
				return webhook != null;
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
		result.append(" (strategy: ");
		result.append(strategy);
		result.append(')');
		return result.toString();
	}

} //CustomResourceConversionImpl
