/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1.impl;

import io.pilothouse.model.k8s.gateway.v1beta1.GatewayInfrastructure;
import io.pilothouse.model.k8s.gateway.v1beta1.GatewayParametersRef;
import io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gateway Infrastructure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayInfrastructureImpl#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayInfrastructureImpl#getLabels <em>Labels</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.GatewayInfrastructureImpl#getParametersRef <em>Parameters Ref</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GatewayInfrastructureImpl extends MinimalEObjectImpl.Container implements GatewayInfrastructure {
	/**
	 * The cached value of the '{@link #getAnnotations() <em>Annotations</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotations()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> annotations;

	/**
	 * The cached value of the '{@link #getLabels() <em>Labels</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabels()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> labels;

	/**
	 * The cached value of the '{@link #getParametersRef() <em>Parameters Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParametersRef()
	 * @generated
	 * @ordered
	 */
	protected GatewayParametersRef parametersRef;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GatewayInfrastructureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1beta1Package.Literals.GATEWAY_INFRASTRUCTURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getAnnotations() {
		if (annotations == null) {
			annotations = new EcoreEMap<String,String>(GatewayV1beta1Package.Literals.STRING_MAP_ENTRY, StringMapEntryImpl.class, this, GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE__ANNOTATIONS);
		}
		return annotations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getLabels() {
		if (labels == null) {
			labels = new EcoreEMap<String,String>(GatewayV1beta1Package.Literals.STRING_MAP_ENTRY, StringMapEntryImpl.class, this, GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE__LABELS);
		}
		return labels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatewayParametersRef getParametersRef() {
		return parametersRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParametersRef(GatewayParametersRef newParametersRef, NotificationChain msgs) {
		GatewayParametersRef oldParametersRef = parametersRef;
		parametersRef = newParametersRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE__PARAMETERS_REF, oldParametersRef, newParametersRef);
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
	public void setParametersRef(GatewayParametersRef newParametersRef) {
		if (newParametersRef != parametersRef) {
			NotificationChain msgs = null;
			if (parametersRef != null)
				msgs = ((InternalEObject)parametersRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE__PARAMETERS_REF, null, msgs);
			if (newParametersRef != null)
				msgs = ((InternalEObject)newParametersRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE__PARAMETERS_REF, null, msgs);
			msgs = basicSetParametersRef(newParametersRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE__PARAMETERS_REF, newParametersRef, newParametersRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE__ANNOTATIONS:
				return ((InternalEList<?>)getAnnotations()).basicRemove(otherEnd, msgs);
			case GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE__LABELS:
				return ((InternalEList<?>)getLabels()).basicRemove(otherEnd, msgs);
			case GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE__PARAMETERS_REF:
				return basicSetParametersRef(null, msgs);
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
			case GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE__ANNOTATIONS:
				if (coreType) return getAnnotations();
				else return getAnnotations().map();
			case GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE__LABELS:
				if (coreType) return getLabels();
				else return getLabels().map();
			case GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE__PARAMETERS_REF:
				return getParametersRef();
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
			case GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE__ANNOTATIONS:
				((EStructuralFeature.Setting)getAnnotations()).set(newValue);
				return;
			case GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE__LABELS:
				((EStructuralFeature.Setting)getLabels()).set(newValue);
				return;
			case GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE__PARAMETERS_REF:
				setParametersRef((GatewayParametersRef)newValue);
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
			case GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE__ANNOTATIONS:
				getAnnotations().clear();
				return;
			case GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE__LABELS:
				getLabels().clear();
				return;
			case GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE__PARAMETERS_REF:
				setParametersRef((GatewayParametersRef)null);
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
			case GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE__ANNOTATIONS:
				return annotations != null && !annotations.isEmpty();
			case GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE__LABELS:
				return labels != null && !labels.isEmpty();
			case GatewayV1beta1Package.GATEWAY_INFRASTRUCTURE__PARAMETERS_REF:
				return parametersRef != null;
		}
		return super.eIsSet(featureID);
	}

} //GatewayInfrastructureImpl
