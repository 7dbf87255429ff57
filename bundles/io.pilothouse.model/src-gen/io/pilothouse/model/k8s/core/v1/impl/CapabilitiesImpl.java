/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.Capabilities;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Capabilities</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.CapabilitiesImpl#getAdd <em>Add</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.CapabilitiesImpl#getDrop <em>Drop</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CapabilitiesImpl extends MinimalEObjectImpl.Container implements Capabilities {
	/**
	 * The cached value of the '{@link #getAdd() <em>Add</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdd()
	 * @generated
	 * @ordered
	 */
	protected EList<String> add;

	/**
	 * The cached value of the '{@link #getDrop() <em>Drop</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrop()
	 * @generated
	 * @ordered
	 */
	protected EList<String> drop;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CapabilitiesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.CAPABILITIES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAdd() {
		if (add == null) {
			add = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.CAPABILITIES__ADD);
		}
		return add;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDrop() {
		if (drop == null) {
			drop = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.CAPABILITIES__DROP);
		}
		return drop;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.CAPABILITIES__ADD:
				return getAdd();
			case CoreV1Package.CAPABILITIES__DROP:
				return getDrop();
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
			case CoreV1Package.CAPABILITIES__ADD:
				getAdd().clear();
				getAdd().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.CAPABILITIES__DROP:
				getDrop().clear();
				getDrop().addAll((Collection<? extends String>)newValue);
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
			case CoreV1Package.CAPABILITIES__ADD:
				getAdd().clear();
				return;
			case CoreV1Package.CAPABILITIES__DROP:
				getDrop().clear();
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
			case CoreV1Package.CAPABILITIES__ADD:
				return add != null && !add.isEmpty();
			case CoreV1Package.CAPABILITIES__DROP:
				return drop != null && !drop.isEmpty();
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
		result.append(" (add: ");
		result.append(add);
		result.append(", drop: ");
		result.append(drop);
		result.append(')');
		return result.toString();
	}

} //CapabilitiesImpl
