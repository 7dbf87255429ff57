/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.PodResourceClaim;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pod Resource Claim</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodResourceClaimImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodResourceClaimImpl#getResourceClaimName <em>Resource Claim Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodResourceClaimImpl#getResourceClaimTemplateName <em>Resource Claim Template Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodResourceClaimImpl extends MinimalEObjectImpl.Container implements PodResourceClaim {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getResourceClaimName() <em>Resource Claim Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceClaimName()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOURCE_CLAIM_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResourceClaimName() <em>Resource Claim Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceClaimName()
	 * @generated
	 * @ordered
	 */
	protected String resourceClaimName = RESOURCE_CLAIM_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getResourceClaimTemplateName() <em>Resource Claim Template Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceClaimTemplateName()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOURCE_CLAIM_TEMPLATE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResourceClaimTemplateName() <em>Resource Claim Template Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceClaimTemplateName()
	 * @generated
	 * @ordered
	 */
	protected String resourceClaimTemplateName = RESOURCE_CLAIM_TEMPLATE_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PodResourceClaimImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.POD_RESOURCE_CLAIM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_RESOURCE_CLAIM__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResourceClaimName() {
		return resourceClaimName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceClaimName(String newResourceClaimName) {
		String oldResourceClaimName = resourceClaimName;
		resourceClaimName = newResourceClaimName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_RESOURCE_CLAIM__RESOURCE_CLAIM_NAME, oldResourceClaimName, resourceClaimName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResourceClaimTemplateName() {
		return resourceClaimTemplateName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceClaimTemplateName(String newResourceClaimTemplateName) {
		String oldResourceClaimTemplateName = resourceClaimTemplateName;
		resourceClaimTemplateName = newResourceClaimTemplateName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_RESOURCE_CLAIM__RESOURCE_CLAIM_TEMPLATE_NAME, oldResourceClaimTemplateName, resourceClaimTemplateName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.POD_RESOURCE_CLAIM__NAME:
				return getName();
			case CoreV1Package.POD_RESOURCE_CLAIM__RESOURCE_CLAIM_NAME:
				return getResourceClaimName();
			case CoreV1Package.POD_RESOURCE_CLAIM__RESOURCE_CLAIM_TEMPLATE_NAME:
				return getResourceClaimTemplateName();
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
			case CoreV1Package.POD_RESOURCE_CLAIM__NAME:
				setName((String)newValue);
				return;
			case CoreV1Package.POD_RESOURCE_CLAIM__RESOURCE_CLAIM_NAME:
				setResourceClaimName((String)newValue);
				return;
			case CoreV1Package.POD_RESOURCE_CLAIM__RESOURCE_CLAIM_TEMPLATE_NAME:
				setResourceClaimTemplateName((String)newValue);
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
			case CoreV1Package.POD_RESOURCE_CLAIM__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CoreV1Package.POD_RESOURCE_CLAIM__RESOURCE_CLAIM_NAME:
				setResourceClaimName(RESOURCE_CLAIM_NAME_EDEFAULT);
				return;
			case CoreV1Package.POD_RESOURCE_CLAIM__RESOURCE_CLAIM_TEMPLATE_NAME:
				setResourceClaimTemplateName(RESOURCE_CLAIM_TEMPLATE_NAME_EDEFAULT);
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
			case CoreV1Package.POD_RESOURCE_CLAIM__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CoreV1Package.POD_RESOURCE_CLAIM__RESOURCE_CLAIM_NAME:
				return RESOURCE_CLAIM_NAME_EDEFAULT == null ? resourceClaimName != null : !RESOURCE_CLAIM_NAME_EDEFAULT.equals(resourceClaimName);
			case CoreV1Package.POD_RESOURCE_CLAIM__RESOURCE_CLAIM_TEMPLATE_NAME:
				return RESOURCE_CLAIM_TEMPLATE_NAME_EDEFAULT == null ? resourceClaimTemplateName != null : !RESOURCE_CLAIM_TEMPLATE_NAME_EDEFAULT.equals(resourceClaimTemplateName);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", resourceClaimName: ");
		result.append(resourceClaimName);
		result.append(", resourceClaimTemplateName: ");
		result.append(resourceClaimTemplateName);
		result.append(')');
		return result.toString();
	}

} //PodResourceClaimImpl
