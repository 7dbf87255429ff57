/**
 */
package io.pilothouse.model.k8s.apiextensions.v1.impl;

import io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package;
import io.pilothouse.model.k8s.apiextensions.v1.SelectableField;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Selectable Field</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.SelectableFieldImpl#getJsonPath <em>Json Path</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SelectableFieldImpl extends MinimalEObjectImpl.Container implements SelectableField {
	/**
	 * The default value of the '{@link #getJsonPath() <em>Json Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJsonPath()
	 * @generated
	 * @ordered
	 */
	protected static final String JSON_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJsonPath() <em>Json Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJsonPath()
	 * @generated
	 * @ordered
	 */
	protected String jsonPath = JSON_PATH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SelectableFieldImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ApiextensionsV1Package.Literals.SELECTABLE_FIELD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJsonPath() {
		return jsonPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJsonPath(String newJsonPath) {
		String oldJsonPath = jsonPath;
		jsonPath = newJsonPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.SELECTABLE_FIELD__JSON_PATH, oldJsonPath, jsonPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ApiextensionsV1Package.SELECTABLE_FIELD__JSON_PATH:
				return getJsonPath();
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
			case ApiextensionsV1Package.SELECTABLE_FIELD__JSON_PATH:
				setJsonPath((String)newValue);
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
			case ApiextensionsV1Package.SELECTABLE_FIELD__JSON_PATH:
				setJsonPath(JSON_PATH_EDEFAULT);
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
			case ApiextensionsV1Package.SELECTABLE_FIELD__JSON_PATH:
				return JSON_PATH_EDEFAULT == null ? jsonPath != null : !JSON_PATH_EDEFAULT.equals(jsonPath);
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
		result.append(" (jsonPath: ");
		result.append(jsonPath);
		result.append(')');
		return result.toString();
	}

} //SelectableFieldImpl
