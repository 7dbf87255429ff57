/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.PodResourceClaimStatus;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pod Resource Claim Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodResourceClaimStatusImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodResourceClaimStatusImpl#getResourceClaimName <em>Resource Claim Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodResourceClaimStatusImpl extends MinimalEObjectImpl.Container implements PodResourceClaimStatus {
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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PodResourceClaimStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.POD_RESOURCE_CLAIM_STATUS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_RESOURCE_CLAIM_STATUS__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_RESOURCE_CLAIM_STATUS__RESOURCE_CLAIM_NAME, oldResourceClaimName, resourceClaimName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.POD_RESOURCE_CLAIM_STATUS__NAME:
				return getName();
			case CoreV1Package.POD_RESOURCE_CLAIM_STATUS__RESOURCE_CLAIM_NAME:
				return getResourceClaimName();
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
			case CoreV1Package.POD_RESOURCE_CLAIM_STATUS__NAME:
				setName((String)newValue);
				return;
			case CoreV1Package.POD_RESOURCE_CLAIM_STATUS__RESOURCE_CLAIM_NAME:
				setResourceClaimName((String)newValue);
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
			case CoreV1Package.POD_RESOURCE_CLAIM_STATUS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CoreV1Package.POD_RESOURCE_CLAIM_STATUS__RESOURCE_CLAIM_NAME:
				setResourceClaimName(RESOURCE_CLAIM_NAME_EDEFAULT);
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
			case CoreV1Package.POD_RESOURCE_CLAIM_STATUS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CoreV1Package.POD_RESOURCE_CLAIM_STATUS__RESOURCE_CLAIM_NAME:
				return RESOURCE_CLAIM_NAME_EDEFAULT == null ? resourceClaimName != null : !RESOURCE_CLAIM_NAME_EDEFAULT.equals(resourceClaimName);
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
		result.append(')');
		return result.toString();
	}

} //PodResourceClaimStatusImpl
