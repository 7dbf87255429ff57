/**
 */
package io.pilothouse.model.k8s.apiextensions.v1.impl;

import io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package;
import io.pilothouse.model.k8s.apiextensions.v1.CustomResourceValidation;
import io.pilothouse.model.k8s.apiextensions.v1.JSONSchemaProps;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Custom Resource Validation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceValidationImpl#getOpenAPIV3Schema <em>Open APIV3 Schema</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomResourceValidationImpl extends MinimalEObjectImpl.Container implements CustomResourceValidation {
	/**
	 * The cached value of the '{@link #getOpenAPIV3Schema() <em>Open APIV3 Schema</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenAPIV3Schema()
	 * @generated
	 * @ordered
	 */
	protected JSONSchemaProps openAPIV3Schema;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomResourceValidationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ApiextensionsV1Package.Literals.CUSTOM_RESOURCE_VALIDATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JSONSchemaProps getOpenAPIV3Schema() {
		return openAPIV3Schema;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOpenAPIV3Schema(JSONSchemaProps newOpenAPIV3Schema, NotificationChain msgs) {
		JSONSchemaProps oldOpenAPIV3Schema = openAPIV3Schema;
		openAPIV3Schema = newOpenAPIV3Schema;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_VALIDATION__OPEN_APIV3_SCHEMA, oldOpenAPIV3Schema, newOpenAPIV3Schema);
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
	public void setOpenAPIV3Schema(JSONSchemaProps newOpenAPIV3Schema) {
		if (newOpenAPIV3Schema != openAPIV3Schema) {
			NotificationChain msgs = null;
			if (openAPIV3Schema != null)
				msgs = ((InternalEObject)openAPIV3Schema).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ApiextensionsV1Package.CUSTOM_RESOURCE_VALIDATION__OPEN_APIV3_SCHEMA, null, msgs);
			if (newOpenAPIV3Schema != null)
				msgs = ((InternalEObject)newOpenAPIV3Schema).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ApiextensionsV1Package.CUSTOM_RESOURCE_VALIDATION__OPEN_APIV3_SCHEMA, null, msgs);
			msgs = basicSetOpenAPIV3Schema(newOpenAPIV3Schema, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_VALIDATION__OPEN_APIV3_SCHEMA, newOpenAPIV3Schema, newOpenAPIV3Schema));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ApiextensionsV1Package.CUSTOM_RESOURCE_VALIDATION__OPEN_APIV3_SCHEMA:
				return basicSetOpenAPIV3Schema(null, msgs);
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_VALIDATION__OPEN_APIV3_SCHEMA:
				return getOpenAPIV3Schema();
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_VALIDATION__OPEN_APIV3_SCHEMA:
				setOpenAPIV3Schema((JSONSchemaProps)newValue);
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_VALIDATION__OPEN_APIV3_SCHEMA:
				setOpenAPIV3Schema((JSONSchemaProps)null);
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_VALIDATION__OPEN_APIV3_SCHEMA:
				return openAPIV3Schema != null;
		}
		return super.eIsSet(featureID);
	}

} //CustomResourceValidationImpl
