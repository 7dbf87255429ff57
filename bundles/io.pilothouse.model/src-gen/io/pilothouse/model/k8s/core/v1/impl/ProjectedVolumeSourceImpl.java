/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.ProjectedVolumeSource;
import io.pilothouse.model.k8s.core.v1.VolumeProjection;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Projected Volume Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ProjectedVolumeSourceImpl#getDefaultMode <em>Default Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ProjectedVolumeSourceImpl#getSources <em>Sources</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectedVolumeSourceImpl extends MinimalEObjectImpl.Container implements ProjectedVolumeSource {
	/**
	 * The default value of the '{@link #getDefaultMode() <em>Default Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultMode()
	 * @generated
	 * @ordered
	 */
	protected static final Integer DEFAULT_MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefaultMode() <em>Default Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultMode()
	 * @generated
	 * @ordered
	 */
	protected Integer defaultMode = DEFAULT_MODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<VolumeProjection> sources;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectedVolumeSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.PROJECTED_VOLUME_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getDefaultMode() {
		return defaultMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultMode(Integer newDefaultMode) {
		Integer oldDefaultMode = defaultMode;
		defaultMode = newDefaultMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PROJECTED_VOLUME_SOURCE__DEFAULT_MODE, oldDefaultMode, defaultMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VolumeProjection> getSources() {
		if (sources == null) {
			sources = new EObjectContainmentEList<VolumeProjection>(VolumeProjection.class, this, CoreV1Package.PROJECTED_VOLUME_SOURCE__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.PROJECTED_VOLUME_SOURCE__SOURCES:
				return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
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
			case CoreV1Package.PROJECTED_VOLUME_SOURCE__DEFAULT_MODE:
				return getDefaultMode();
			case CoreV1Package.PROJECTED_VOLUME_SOURCE__SOURCES:
				return getSources();
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
			case CoreV1Package.PROJECTED_VOLUME_SOURCE__DEFAULT_MODE:
				setDefaultMode((Integer)newValue);
				return;
			case CoreV1Package.PROJECTED_VOLUME_SOURCE__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends VolumeProjection>)newValue);
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
			case CoreV1Package.PROJECTED_VOLUME_SOURCE__DEFAULT_MODE:
				setDefaultMode(DEFAULT_MODE_EDEFAULT);
				return;
			case CoreV1Package.PROJECTED_VOLUME_SOURCE__SOURCES:
				getSources().clear();
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
			case CoreV1Package.PROJECTED_VOLUME_SOURCE__DEFAULT_MODE:
				return DEFAULT_MODE_EDEFAULT == null ? defaultMode != null : !DEFAULT_MODE_EDEFAULT.equals(defaultMode);
			case CoreV1Package.PROJECTED_VOLUME_SOURCE__SOURCES:
				return sources != null && !sources.isEmpty();
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
		result.append(" (defaultMode: ");
		result.append(defaultMode);
		result.append(')');
		return result.toString();
	}

} //ProjectedVolumeSourceImpl
