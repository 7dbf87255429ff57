/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1.impl;

import io.pilothouse.model.k8s.admissionregistration.v1.AdmissionregistrationV1Package;
import io.pilothouse.model.k8s.admissionregistration.v1.ExpressionWarning;
import io.pilothouse.model.k8s.admissionregistration.v1.TypeChecking;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Type Checking</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1.impl.TypeCheckingImpl#getExpressionWarnings <em>Expression Warnings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TypeCheckingImpl extends MinimalEObjectImpl.Container implements TypeChecking {
	/**
	 * The cached value of the '{@link #getExpressionWarnings() <em>Expression Warnings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpressionWarnings()
	 * @generated
	 * @ordered
	 */
	protected EList<ExpressionWarning> expressionWarnings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TypeCheckingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdmissionregistrationV1Package.Literals.TYPE_CHECKING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ExpressionWarning> getExpressionWarnings() {
		if (expressionWarnings == null) {
			expressionWarnings = new EObjectContainmentEList<ExpressionWarning>(ExpressionWarning.class, this, AdmissionregistrationV1Package.TYPE_CHECKING__EXPRESSION_WARNINGS);
		}
		return expressionWarnings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AdmissionregistrationV1Package.TYPE_CHECKING__EXPRESSION_WARNINGS:
				return ((InternalEList<?>)getExpressionWarnings()).basicRemove(otherEnd, msgs);
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
			case AdmissionregistrationV1Package.TYPE_CHECKING__EXPRESSION_WARNINGS:
				return getExpressionWarnings();
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
			case AdmissionregistrationV1Package.TYPE_CHECKING__EXPRESSION_WARNINGS:
				getExpressionWarnings().clear();
				getExpressionWarnings().addAll((Collection<? extends ExpressionWarning>)newValue);
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
			case AdmissionregistrationV1Package.TYPE_CHECKING__EXPRESSION_WARNINGS:
				getExpressionWarnings().clear();
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
			case AdmissionregistrationV1Package.TYPE_CHECKING__EXPRESSION_WARNINGS:
				return expressionWarnings != null && !expressionWarnings.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //TypeCheckingImpl
