/**
 */
package io.pilothouse.model.k8s.apiextensions.v1.impl;

import io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package;
import io.pilothouse.model.k8s.apiextensions.v1.CustomResourceSubresourceScale;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Custom Resource Subresource Scale</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceSubresourceScaleImpl#getLabelSelectorPath <em>Label Selector Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceSubresourceScaleImpl#getSpecReplicasPath <em>Spec Replicas Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.impl.CustomResourceSubresourceScaleImpl#getStatusReplicasPath <em>Status Replicas Path</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomResourceSubresourceScaleImpl extends MinimalEObjectImpl.Container implements CustomResourceSubresourceScale {
	/**
	 * The default value of the '{@link #getLabelSelectorPath() <em>Label Selector Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSelectorPath()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_SELECTOR_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelSelectorPath() <em>Label Selector Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSelectorPath()
	 * @generated
	 * @ordered
	 */
	protected String labelSelectorPath = LABEL_SELECTOR_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpecReplicasPath() <em>Spec Replicas Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecReplicasPath()
	 * @generated
	 * @ordered
	 */
	protected static final String SPEC_REPLICAS_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSpecReplicasPath() <em>Spec Replicas Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecReplicasPath()
	 * @generated
	 * @ordered
	 */
	protected String specReplicasPath = SPEC_REPLICAS_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatusReplicasPath() <em>Status Replicas Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusReplicasPath()
	 * @generated
	 * @ordered
	 */
	protected static final String STATUS_REPLICAS_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatusReplicasPath() <em>Status Replicas Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusReplicasPath()
	 * @generated
	 * @ordered
	 */
	protected String statusReplicasPath = STATUS_REPLICAS_PATH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomResourceSubresourceScaleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ApiextensionsV1Package.Literals.CUSTOM_RESOURCE_SUBRESOURCE_SCALE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelSelectorPath() {
		return labelSelectorPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelSelectorPath(String newLabelSelectorPath) {
		String oldLabelSelectorPath = labelSelectorPath;
		labelSelectorPath = newLabelSelectorPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_SUBRESOURCE_SCALE__LABEL_SELECTOR_PATH, oldLabelSelectorPath, labelSelectorPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSpecReplicasPath() {
		return specReplicasPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpecReplicasPath(String newSpecReplicasPath) {
		String oldSpecReplicasPath = specReplicasPath;
		specReplicasPath = newSpecReplicasPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_SUBRESOURCE_SCALE__SPEC_REPLICAS_PATH, oldSpecReplicasPath, specReplicasPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatusReplicasPath() {
		return statusReplicasPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusReplicasPath(String newStatusReplicasPath) {
		String oldStatusReplicasPath = statusReplicasPath;
		statusReplicasPath = newStatusReplicasPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ApiextensionsV1Package.CUSTOM_RESOURCE_SUBRESOURCE_SCALE__STATUS_REPLICAS_PATH, oldStatusReplicasPath, statusReplicasPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ApiextensionsV1Package.CUSTOM_RESOURCE_SUBRESOURCE_SCALE__LABEL_SELECTOR_PATH:
				return getLabelSelectorPath();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_SUBRESOURCE_SCALE__SPEC_REPLICAS_PATH:
				return getSpecReplicasPath();
			case ApiextensionsV1Package.CUSTOM_RESOURCE_SUBRESOURCE_SCALE__STATUS_REPLICAS_PATH:
				return getStatusReplicasPath();
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_SUBRESOURCE_SCALE__LABEL_SELECTOR_PATH:
				setLabelSelectorPath((String)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_SUBRESOURCE_SCALE__SPEC_REPLICAS_PATH:
				setSpecReplicasPath((String)newValue);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_SUBRESOURCE_SCALE__STATUS_REPLICAS_PATH:
				setStatusReplicasPath((String)newValue);
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_SUBRESOURCE_SCALE__LABEL_SELECTOR_PATH:
				setLabelSelectorPath(LABEL_SELECTOR_PATH_EDEFAULT);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_SUBRESOURCE_SCALE__SPEC_REPLICAS_PATH:
				setSpecReplicasPath(SPEC_REPLICAS_PATH_EDEFAULT);
				return;
			case ApiextensionsV1Package.CUSTOM_RESOURCE_SUBRESOURCE_SCALE__STATUS_REPLICAS_PATH:
				setStatusReplicasPath(STATUS_REPLICAS_PATH_EDEFAULT);
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
			case ApiextensionsV1Package.CUSTOM_RESOURCE_SUBRESOURCE_SCALE__LABEL_SELECTOR_PATH:
				return LABEL_SELECTOR_PATH_EDEFAULT == null ? labelSelectorPath != null : !LABEL_SELECTOR_PATH_EDEFAULT.equals(labelSelectorPath);
			case ApiextensionsV1Package.CUSTOM_RESOURCE_SUBRESOURCE_SCALE__SPEC_REPLICAS_PATH:
				return SPEC_REPLICAS_PATH_EDEFAULT == null ? specReplicasPath != null : !SPEC_REPLICAS_PATH_EDEFAULT.equals(specReplicasPath);
			case ApiextensionsV1Package.CUSTOM_RESOURCE_SUBRESOURCE_SCALE__STATUS_REPLICAS_PATH:
				return STATUS_REPLICAS_PATH_EDEFAULT == null ? statusReplicasPath != null : !STATUS_REPLICAS_PATH_EDEFAULT.equals(statusReplicasPath);
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
		result.append(" (labelSelectorPath: ");
		result.append(labelSelectorPath);
		result.append(", specReplicasPath: ");
		result.append(specReplicasPath);
		result.append(", statusReplicasPath: ");
		result.append(statusReplicasPath);
		result.append(')');
		return result.toString();
	}

} //CustomResourceSubresourceScaleImpl
