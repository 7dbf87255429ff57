/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1.impl;

import io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package;
import io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantFrom;
import io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantSpec;
import io.pilothouse.model.k8s.gateway.v1beta1.ReferenceGrantTo;

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
 * An implementation of the model object '<em><b>Reference Grant Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.ReferenceGrantSpecImpl#getFrom <em>From</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.ReferenceGrantSpecImpl#getTo <em>To</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReferenceGrantSpecImpl extends MinimalEObjectImpl.Container implements ReferenceGrantSpec {
	/**
	 * The cached value of the '{@link #getFrom() <em>From</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected EList<ReferenceGrantFrom> from;

	/**
	 * The cached value of the '{@link #getTo() <em>To</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected EList<ReferenceGrantTo> to;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReferenceGrantSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1beta1Package.Literals.REFERENCE_GRANT_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReferenceGrantFrom> getFrom() {
		if (from == null) {
			from = new EObjectContainmentEList<ReferenceGrantFrom>(ReferenceGrantFrom.class, this, GatewayV1beta1Package.REFERENCE_GRANT_SPEC__FROM);
		}
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReferenceGrantTo> getTo() {
		if (to == null) {
			to = new EObjectContainmentEList<ReferenceGrantTo>(ReferenceGrantTo.class, this, GatewayV1beta1Package.REFERENCE_GRANT_SPEC__TO);
		}
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1beta1Package.REFERENCE_GRANT_SPEC__FROM:
				return ((InternalEList<?>)getFrom()).basicRemove(otherEnd, msgs);
			case GatewayV1beta1Package.REFERENCE_GRANT_SPEC__TO:
				return ((InternalEList<?>)getTo()).basicRemove(otherEnd, msgs);
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
			case GatewayV1beta1Package.REFERENCE_GRANT_SPEC__FROM:
				return getFrom();
			case GatewayV1beta1Package.REFERENCE_GRANT_SPEC__TO:
				return getTo();
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
			case GatewayV1beta1Package.REFERENCE_GRANT_SPEC__FROM:
				getFrom().clear();
				getFrom().addAll((Collection<? extends ReferenceGrantFrom>)newValue);
				return;
			case GatewayV1beta1Package.REFERENCE_GRANT_SPEC__TO:
				getTo().clear();
				getTo().addAll((Collection<? extends ReferenceGrantTo>)newValue);
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
			case GatewayV1beta1Package.REFERENCE_GRANT_SPEC__FROM:
				getFrom().clear();
				return;
			case GatewayV1beta1Package.REFERENCE_GRANT_SPEC__TO:
				getTo().clear();
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
			case GatewayV1beta1Package.REFERENCE_GRANT_SPEC__FROM:
				return from != null && !from.isEmpty();
			case GatewayV1beta1Package.REFERENCE_GRANT_SPEC__TO:
				return to != null && !to.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ReferenceGrantSpecImpl
