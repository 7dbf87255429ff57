/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.PodAffinityTerm;
import io.pilothouse.model.k8s.core.v1.WeightedPodAffinityTerm;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Weighted Pod Affinity Term</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.WeightedPodAffinityTermImpl#getPodAffinityTerm <em>Pod Affinity Term</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.WeightedPodAffinityTermImpl#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WeightedPodAffinityTermImpl extends MinimalEObjectImpl.Container implements WeightedPodAffinityTerm {
	/**
	 * The cached value of the '{@link #getPodAffinityTerm() <em>Pod Affinity Term</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodAffinityTerm()
	 * @generated
	 * @ordered
	 */
	protected PodAffinityTerm podAffinityTerm;

	/**
	 * The default value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected static final Integer WEIGHT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected Integer weight = WEIGHT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WeightedPodAffinityTermImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.WEIGHTED_POD_AFFINITY_TERM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodAffinityTerm getPodAffinityTerm() {
		return podAffinityTerm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPodAffinityTerm(PodAffinityTerm newPodAffinityTerm, NotificationChain msgs) {
		PodAffinityTerm oldPodAffinityTerm = podAffinityTerm;
		podAffinityTerm = newPodAffinityTerm;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.WEIGHTED_POD_AFFINITY_TERM__POD_AFFINITY_TERM, oldPodAffinityTerm, newPodAffinityTerm);
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
	public void setPodAffinityTerm(PodAffinityTerm newPodAffinityTerm) {
		if (newPodAffinityTerm != podAffinityTerm) {
			NotificationChain msgs = null;
			if (podAffinityTerm != null)
				msgs = ((InternalEObject)podAffinityTerm).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.WEIGHTED_POD_AFFINITY_TERM__POD_AFFINITY_TERM, null, msgs);
			if (newPodAffinityTerm != null)
				msgs = ((InternalEObject)newPodAffinityTerm).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.WEIGHTED_POD_AFFINITY_TERM__POD_AFFINITY_TERM, null, msgs);
			msgs = basicSetPodAffinityTerm(newPodAffinityTerm, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.WEIGHTED_POD_AFFINITY_TERM__POD_AFFINITY_TERM, newPodAffinityTerm, newPodAffinityTerm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getWeight() {
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeight(Integer newWeight) {
		Integer oldWeight = weight;
		weight = newWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.WEIGHTED_POD_AFFINITY_TERM__WEIGHT, oldWeight, weight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.WEIGHTED_POD_AFFINITY_TERM__POD_AFFINITY_TERM:
				return basicSetPodAffinityTerm(null, msgs);
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
			case CoreV1Package.WEIGHTED_POD_AFFINITY_TERM__POD_AFFINITY_TERM:
				return getPodAffinityTerm();
			case CoreV1Package.WEIGHTED_POD_AFFINITY_TERM__WEIGHT:
				return getWeight();
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
			case CoreV1Package.WEIGHTED_POD_AFFINITY_TERM__POD_AFFINITY_TERM:
				setPodAffinityTerm((PodAffinityTerm)newValue);
				return;
			case CoreV1Package.WEIGHTED_POD_AFFINITY_TERM__WEIGHT:
				setWeight((Integer)newValue);
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
			case CoreV1Package.WEIGHTED_POD_AFFINITY_TERM__POD_AFFINITY_TERM:
				setPodAffinityTerm((PodAffinityTerm)null);
				return;
			case CoreV1Package.WEIGHTED_POD_AFFINITY_TERM__WEIGHT:
				setWeight(WEIGHT_EDEFAULT);
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
			case CoreV1Package.WEIGHTED_POD_AFFINITY_TERM__POD_AFFINITY_TERM:
				return podAffinityTerm != null;
			case CoreV1Package.WEIGHTED_POD_AFFINITY_TERM__WEIGHT:
				return WEIGHT_EDEFAULT == null ? weight != null : !WEIGHT_EDEFAULT.equals(weight);
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
		result.append(" (weight: ");
		result.append(weight);
		result.append(')');
		return result.toString();
	}

} //WeightedPodAffinityTermImpl
