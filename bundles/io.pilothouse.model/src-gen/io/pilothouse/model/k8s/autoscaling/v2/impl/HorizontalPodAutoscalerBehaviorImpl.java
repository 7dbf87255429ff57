/**
 */
package io.pilothouse.model.k8s.autoscaling.v2.impl;

import io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package;
import io.pilothouse.model.k8s.autoscaling.v2.HPAScalingRules;
import io.pilothouse.model.k8s.autoscaling.v2.HorizontalPodAutoscalerBehavior;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Horizontal Pod Autoscaler Behavior</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerBehaviorImpl#getScaleDown <em>Scale Down</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.HorizontalPodAutoscalerBehaviorImpl#getScaleUp <em>Scale Up</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HorizontalPodAutoscalerBehaviorImpl extends MinimalEObjectImpl.Container implements HorizontalPodAutoscalerBehavior {
	/**
	 * The cached value of the '{@link #getScaleDown() <em>Scale Down</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleDown()
	 * @generated
	 * @ordered
	 */
	protected HPAScalingRules scaleDown;

	/**
	 * The cached value of the '{@link #getScaleUp() <em>Scale Up</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleUp()
	 * @generated
	 * @ordered
	 */
	protected HPAScalingRules scaleUp;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HorizontalPodAutoscalerBehaviorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AutoscalingV2Package.Literals.HORIZONTAL_POD_AUTOSCALER_BEHAVIOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HPAScalingRules getScaleDown() {
		return scaleDown;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScaleDown(HPAScalingRules newScaleDown, NotificationChain msgs) {
		HPAScalingRules oldScaleDown = scaleDown;
		scaleDown = newScaleDown;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_DOWN, oldScaleDown, newScaleDown);
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
	public void setScaleDown(HPAScalingRules newScaleDown) {
		if (newScaleDown != scaleDown) {
			NotificationChain msgs = null;
			if (scaleDown != null)
				msgs = ((InternalEObject)scaleDown).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_DOWN, null, msgs);
			if (newScaleDown != null)
				msgs = ((InternalEObject)newScaleDown).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_DOWN, null, msgs);
			msgs = basicSetScaleDown(newScaleDown, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_DOWN, newScaleDown, newScaleDown));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HPAScalingRules getScaleUp() {
		return scaleUp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScaleUp(HPAScalingRules newScaleUp, NotificationChain msgs) {
		HPAScalingRules oldScaleUp = scaleUp;
		scaleUp = newScaleUp;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_UP, oldScaleUp, newScaleUp);
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
	public void setScaleUp(HPAScalingRules newScaleUp) {
		if (newScaleUp != scaleUp) {
			NotificationChain msgs = null;
			if (scaleUp != null)
				msgs = ((InternalEObject)scaleUp).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_UP, null, msgs);
			if (newScaleUp != null)
				msgs = ((InternalEObject)newScaleUp).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_UP, null, msgs);
			msgs = basicSetScaleUp(newScaleUp, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_UP, newScaleUp, newScaleUp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_DOWN:
				return basicSetScaleDown(null, msgs);
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_UP:
				return basicSetScaleUp(null, msgs);
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
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_DOWN:
				return getScaleDown();
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_UP:
				return getScaleUp();
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
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_DOWN:
				setScaleDown((HPAScalingRules)newValue);
				return;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_UP:
				setScaleUp((HPAScalingRules)newValue);
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
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_DOWN:
				setScaleDown((HPAScalingRules)null);
				return;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_UP:
				setScaleUp((HPAScalingRules)null);
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
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_DOWN:
				return scaleDown != null;
			case AutoscalingV2Package.HORIZONTAL_POD_AUTOSCALER_BEHAVIOR__SCALE_UP:
				return scaleUp != null;
		}
		return super.eIsSet(featureID);
	}

} //HorizontalPodAutoscalerBehaviorImpl
