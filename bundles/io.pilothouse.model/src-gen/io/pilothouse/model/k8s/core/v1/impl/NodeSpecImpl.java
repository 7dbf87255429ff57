/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.NodeConfigSource;
import io.pilothouse.model.k8s.core.v1.NodeSpec;
import io.pilothouse.model.k8s.core.v1.Taint;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeSpecImpl#getConfigSource <em>Config Source</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeSpecImpl#getExternalID <em>External ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeSpecImpl#getPodCIDR <em>Pod CIDR</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeSpecImpl#getPodCIDRs <em>Pod CID Rs</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeSpecImpl#getProviderID <em>Provider ID</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeSpecImpl#getTaints <em>Taints</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeSpecImpl#getUnschedulable <em>Unschedulable</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeSpecImpl extends MinimalEObjectImpl.Container implements NodeSpec {
	/**
	 * The cached value of the '{@link #getConfigSource() <em>Config Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfigSource()
	 * @generated
	 * @ordered
	 */
	protected NodeConfigSource configSource;

	/**
	 * The default value of the '{@link #getExternalID() <em>External ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalID()
	 * @generated
	 * @ordered
	 */
	protected static final String EXTERNAL_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExternalID() <em>External ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalID()
	 * @generated
	 * @ordered
	 */
	protected String externalID = EXTERNAL_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getPodCIDR() <em>Pod CIDR</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodCIDR()
	 * @generated
	 * @ordered
	 */
	protected static final String POD_CIDR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPodCIDR() <em>Pod CIDR</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodCIDR()
	 * @generated
	 * @ordered
	 */
	protected String podCIDR = POD_CIDR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPodCIDRs() <em>Pod CID Rs</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodCIDRs()
	 * @generated
	 * @ordered
	 */
	protected EList<String> podCIDRs;

	/**
	 * The default value of the '{@link #getProviderID() <em>Provider ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviderID()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVIDER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProviderID() <em>Provider ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviderID()
	 * @generated
	 * @ordered
	 */
	protected String providerID = PROVIDER_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTaints() <em>Taints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaints()
	 * @generated
	 * @ordered
	 */
	protected EList<Taint> taints;

	/**
	 * The default value of the '{@link #getUnschedulable() <em>Unschedulable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnschedulable()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean UNSCHEDULABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnschedulable() <em>Unschedulable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnschedulable()
	 * @generated
	 * @ordered
	 */
	protected Boolean unschedulable = UNSCHEDULABLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.NODE_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeConfigSource getConfigSource() {
		return configSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConfigSource(NodeConfigSource newConfigSource, NotificationChain msgs) {
		NodeConfigSource oldConfigSource = configSource;
		configSource = newConfigSource;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_SPEC__CONFIG_SOURCE, oldConfigSource, newConfigSource);
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
	public void setConfigSource(NodeConfigSource newConfigSource) {
		if (newConfigSource != configSource) {
			NotificationChain msgs = null;
			if (configSource != null)
				msgs = ((InternalEObject)configSource).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_SPEC__CONFIG_SOURCE, null, msgs);
			if (newConfigSource != null)
				msgs = ((InternalEObject)newConfigSource).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_SPEC__CONFIG_SOURCE, null, msgs);
			msgs = basicSetConfigSource(newConfigSource, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_SPEC__CONFIG_SOURCE, newConfigSource, newConfigSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExternalID() {
		return externalID;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExternalID(String newExternalID) {
		String oldExternalID = externalID;
		externalID = newExternalID;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_SPEC__EXTERNAL_ID, oldExternalID, externalID));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPodCIDR() {
		return podCIDR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPodCIDR(String newPodCIDR) {
		String oldPodCIDR = podCIDR;
		podCIDR = newPodCIDR;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_SPEC__POD_CIDR, oldPodCIDR, podCIDR));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPodCIDRs() {
		if (podCIDRs == null) {
			podCIDRs = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.NODE_SPEC__POD_CID_RS);
		}
		return podCIDRs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProviderID() {
		return providerID;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProviderID(String newProviderID) {
		String oldProviderID = providerID;
		providerID = newProviderID;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_SPEC__PROVIDER_ID, oldProviderID, providerID));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Taint> getTaints() {
		if (taints == null) {
			taints = new EObjectContainmentEList<Taint>(Taint.class, this, CoreV1Package.NODE_SPEC__TAINTS);
		}
		return taints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getUnschedulable() {
		return unschedulable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnschedulable(Boolean newUnschedulable) {
		Boolean oldUnschedulable = unschedulable;
		unschedulable = newUnschedulable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_SPEC__UNSCHEDULABLE, oldUnschedulable, unschedulable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.NODE_SPEC__CONFIG_SOURCE:
				return basicSetConfigSource(null, msgs);
			case CoreV1Package.NODE_SPEC__TAINTS:
				return ((InternalEList<?>)getTaints()).basicRemove(otherEnd, msgs);
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
			case CoreV1Package.NODE_SPEC__CONFIG_SOURCE:
				return getConfigSource();
			case CoreV1Package.NODE_SPEC__EXTERNAL_ID:
				return getExternalID();
			case CoreV1Package.NODE_SPEC__POD_CIDR:
				return getPodCIDR();
			case CoreV1Package.NODE_SPEC__POD_CID_RS:
				return getPodCIDRs();
			case CoreV1Package.NODE_SPEC__PROVIDER_ID:
				return getProviderID();
			case CoreV1Package.NODE_SPEC__TAINTS:
				return getTaints();
			case CoreV1Package.NODE_SPEC__UNSCHEDULABLE:
				return getUnschedulable();
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
			case CoreV1Package.NODE_SPEC__CONFIG_SOURCE:
				setConfigSource((NodeConfigSource)newValue);
				return;
			case CoreV1Package.NODE_SPEC__EXTERNAL_ID:
				setExternalID((String)newValue);
				return;
			case CoreV1Package.NODE_SPEC__POD_CIDR:
				setPodCIDR((String)newValue);
				return;
			case CoreV1Package.NODE_SPEC__POD_CID_RS:
				getPodCIDRs().clear();
				getPodCIDRs().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.NODE_SPEC__PROVIDER_ID:
				setProviderID((String)newValue);
				return;
			case CoreV1Package.NODE_SPEC__TAINTS:
				getTaints().clear();
				getTaints().addAll((Collection<? extends Taint>)newValue);
				return;
			case CoreV1Package.NODE_SPEC__UNSCHEDULABLE:
				setUnschedulable((Boolean)newValue);
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
			case CoreV1Package.NODE_SPEC__CONFIG_SOURCE:
				setConfigSource((NodeConfigSource)null);
				return;
			case CoreV1Package.NODE_SPEC__EXTERNAL_ID:
				setExternalID(EXTERNAL_ID_EDEFAULT);
				return;
			case CoreV1Package.NODE_SPEC__POD_CIDR:
				setPodCIDR(POD_CIDR_EDEFAULT);
				return;
			case CoreV1Package.NODE_SPEC__POD_CID_RS:
				getPodCIDRs().clear();
				return;
			case CoreV1Package.NODE_SPEC__PROVIDER_ID:
				setProviderID(PROVIDER_ID_EDEFAULT);
				return;
			case CoreV1Package.NODE_SPEC__TAINTS:
				getTaints().clear();
				return;
			case CoreV1Package.NODE_SPEC__UNSCHEDULABLE:
				setUnschedulable(UNSCHEDULABLE_EDEFAULT);
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
			case CoreV1Package.NODE_SPEC__CONFIG_SOURCE:
				return configSource != null;
			case CoreV1Package.NODE_SPEC__EXTERNAL_ID:
				return EXTERNAL_ID_EDEFAULT == null ? externalID != null : !EXTERNAL_ID_EDEFAULT.equals(externalID);
			case CoreV1Package.NODE_SPEC__POD_CIDR:
				return POD_CIDR_EDEFAULT == null ? podCIDR != null : !POD_CIDR_EDEFAULT.equals(podCIDR);
			case CoreV1Package.NODE_SPEC__POD_CID_RS:
				return podCIDRs != null && !podCIDRs.isEmpty();
			case CoreV1Package.NODE_SPEC__PROVIDER_ID:
				return PROVIDER_ID_EDEFAULT == null ? providerID != null : !PROVIDER_ID_EDEFAULT.equals(providerID);
			case CoreV1Package.NODE_SPEC__TAINTS:
				return taints != null && !taints.isEmpty();
			case CoreV1Package.NODE_SPEC__UNSCHEDULABLE:
				return UNSCHEDULABLE_EDEFAULT == null ? unschedulable != null : !UNSCHEDULABLE_EDEFAULT.equals(unschedulable);
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
		result.append(" (externalID: ");
		result.append(externalID);
		result.append(", podCIDR: ");
		result.append(podCIDR);
		result.append(", podCIDRs: ");
		result.append(podCIDRs);
		result.append(", providerID: ");
		result.append(providerID);
		result.append(", unschedulable: ");
		result.append(unschedulable);
		result.append(')');
		return result.toString();
	}

} //NodeSpecImpl
