/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.ClusterTrustBundleProjection;
import io.pilothouse.model.k8s.core.v1.ConfigMapProjection;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.DownwardAPIProjection;
import io.pilothouse.model.k8s.core.v1.PodCertificateProjection;
import io.pilothouse.model.k8s.core.v1.SecretProjection;
import io.pilothouse.model.k8s.core.v1.ServiceAccountTokenProjection;
import io.pilothouse.model.k8s.core.v1.VolumeProjection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Volume Projection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeProjectionImpl#getClusterTrustBundle <em>Cluster Trust Bundle</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeProjectionImpl#getConfigMap <em>Config Map</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeProjectionImpl#getDownwardAPI <em>Downward API</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeProjectionImpl#getPodCertificate <em>Pod Certificate</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeProjectionImpl#getSecret <em>Secret</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.VolumeProjectionImpl#getServiceAccountToken <em>Service Account Token</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VolumeProjectionImpl extends MinimalEObjectImpl.Container implements VolumeProjection {
	/**
	 * The cached value of the '{@link #getClusterTrustBundle() <em>Cluster Trust Bundle</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusterTrustBundle()
	 * @generated
	 * @ordered
	 */
	protected ClusterTrustBundleProjection clusterTrustBundle;

	/**
	 * The cached value of the '{@link #getConfigMap() <em>Config Map</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfigMap()
	 * @generated
	 * @ordered
	 */
	protected ConfigMapProjection configMap;

	/**
	 * The cached value of the '{@link #getDownwardAPI() <em>Downward API</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDownwardAPI()
	 * @generated
	 * @ordered
	 */
	protected DownwardAPIProjection downwardAPI;

	/**
	 * The cached value of the '{@link #getPodCertificate() <em>Pod Certificate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodCertificate()
	 * @generated
	 * @ordered
	 */
	protected PodCertificateProjection podCertificate;

	/**
	 * The cached value of the '{@link #getSecret() <em>Secret</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecret()
	 * @generated
	 * @ordered
	 */
	protected SecretProjection secret;

	/**
	 * The cached value of the '{@link #getServiceAccountToken() <em>Service Account Token</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceAccountToken()
	 * @generated
	 * @ordered
	 */
	protected ServiceAccountTokenProjection serviceAccountToken;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VolumeProjectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.VOLUME_PROJECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClusterTrustBundleProjection getClusterTrustBundle() {
		return clusterTrustBundle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetClusterTrustBundle(ClusterTrustBundleProjection newClusterTrustBundle, NotificationChain msgs) {
		ClusterTrustBundleProjection oldClusterTrustBundle = clusterTrustBundle;
		clusterTrustBundle = newClusterTrustBundle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_PROJECTION__CLUSTER_TRUST_BUNDLE, oldClusterTrustBundle, newClusterTrustBundle);
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
	public void setClusterTrustBundle(ClusterTrustBundleProjection newClusterTrustBundle) {
		if (newClusterTrustBundle != clusterTrustBundle) {
			NotificationChain msgs = null;
			if (clusterTrustBundle != null)
				msgs = ((InternalEObject)clusterTrustBundle).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME_PROJECTION__CLUSTER_TRUST_BUNDLE, null, msgs);
			if (newClusterTrustBundle != null)
				msgs = ((InternalEObject)newClusterTrustBundle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME_PROJECTION__CLUSTER_TRUST_BUNDLE, null, msgs);
			msgs = basicSetClusterTrustBundle(newClusterTrustBundle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_PROJECTION__CLUSTER_TRUST_BUNDLE, newClusterTrustBundle, newClusterTrustBundle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfigMapProjection getConfigMap() {
		return configMap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConfigMap(ConfigMapProjection newConfigMap, NotificationChain msgs) {
		ConfigMapProjection oldConfigMap = configMap;
		configMap = newConfigMap;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_PROJECTION__CONFIG_MAP, oldConfigMap, newConfigMap);
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
	public void setConfigMap(ConfigMapProjection newConfigMap) {
		if (newConfigMap != configMap) {
			NotificationChain msgs = null;
			if (configMap != null)
				msgs = ((InternalEObject)configMap).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME_PROJECTION__CONFIG_MAP, null, msgs);
			if (newConfigMap != null)
				msgs = ((InternalEObject)newConfigMap).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME_PROJECTION__CONFIG_MAP, null, msgs);
			msgs = basicSetConfigMap(newConfigMap, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_PROJECTION__CONFIG_MAP, newConfigMap, newConfigMap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DownwardAPIProjection getDownwardAPI() {
		return downwardAPI;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDownwardAPI(DownwardAPIProjection newDownwardAPI, NotificationChain msgs) {
		DownwardAPIProjection oldDownwardAPI = downwardAPI;
		downwardAPI = newDownwardAPI;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_PROJECTION__DOWNWARD_API, oldDownwardAPI, newDownwardAPI);
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
	public void setDownwardAPI(DownwardAPIProjection newDownwardAPI) {
		if (newDownwardAPI != downwardAPI) {
			NotificationChain msgs = null;
			if (downwardAPI != null)
				msgs = ((InternalEObject)downwardAPI).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME_PROJECTION__DOWNWARD_API, null, msgs);
			if (newDownwardAPI != null)
				msgs = ((InternalEObject)newDownwardAPI).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME_PROJECTION__DOWNWARD_API, null, msgs);
			msgs = basicSetDownwardAPI(newDownwardAPI, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_PROJECTION__DOWNWARD_API, newDownwardAPI, newDownwardAPI));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodCertificateProjection getPodCertificate() {
		return podCertificate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPodCertificate(PodCertificateProjection newPodCertificate, NotificationChain msgs) {
		PodCertificateProjection oldPodCertificate = podCertificate;
		podCertificate = newPodCertificate;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_PROJECTION__POD_CERTIFICATE, oldPodCertificate, newPodCertificate);
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
	public void setPodCertificate(PodCertificateProjection newPodCertificate) {
		if (newPodCertificate != podCertificate) {
			NotificationChain msgs = null;
			if (podCertificate != null)
				msgs = ((InternalEObject)podCertificate).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME_PROJECTION__POD_CERTIFICATE, null, msgs);
			if (newPodCertificate != null)
				msgs = ((InternalEObject)newPodCertificate).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME_PROJECTION__POD_CERTIFICATE, null, msgs);
			msgs = basicSetPodCertificate(newPodCertificate, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_PROJECTION__POD_CERTIFICATE, newPodCertificate, newPodCertificate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecretProjection getSecret() {
		return secret;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSecret(SecretProjection newSecret, NotificationChain msgs) {
		SecretProjection oldSecret = secret;
		secret = newSecret;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_PROJECTION__SECRET, oldSecret, newSecret);
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
	public void setSecret(SecretProjection newSecret) {
		if (newSecret != secret) {
			NotificationChain msgs = null;
			if (secret != null)
				msgs = ((InternalEObject)secret).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME_PROJECTION__SECRET, null, msgs);
			if (newSecret != null)
				msgs = ((InternalEObject)newSecret).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME_PROJECTION__SECRET, null, msgs);
			msgs = basicSetSecret(newSecret, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_PROJECTION__SECRET, newSecret, newSecret));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceAccountTokenProjection getServiceAccountToken() {
		return serviceAccountToken;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetServiceAccountToken(ServiceAccountTokenProjection newServiceAccountToken, NotificationChain msgs) {
		ServiceAccountTokenProjection oldServiceAccountToken = serviceAccountToken;
		serviceAccountToken = newServiceAccountToken;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_PROJECTION__SERVICE_ACCOUNT_TOKEN, oldServiceAccountToken, newServiceAccountToken);
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
	public void setServiceAccountToken(ServiceAccountTokenProjection newServiceAccountToken) {
		if (newServiceAccountToken != serviceAccountToken) {
			NotificationChain msgs = null;
			if (serviceAccountToken != null)
				msgs = ((InternalEObject)serviceAccountToken).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME_PROJECTION__SERVICE_ACCOUNT_TOKEN, null, msgs);
			if (newServiceAccountToken != null)
				msgs = ((InternalEObject)newServiceAccountToken).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.VOLUME_PROJECTION__SERVICE_ACCOUNT_TOKEN, null, msgs);
			msgs = basicSetServiceAccountToken(newServiceAccountToken, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.VOLUME_PROJECTION__SERVICE_ACCOUNT_TOKEN, newServiceAccountToken, newServiceAccountToken));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.VOLUME_PROJECTION__CLUSTER_TRUST_BUNDLE:
				return basicSetClusterTrustBundle(null, msgs);
			case CoreV1Package.VOLUME_PROJECTION__CONFIG_MAP:
				return basicSetConfigMap(null, msgs);
			case CoreV1Package.VOLUME_PROJECTION__DOWNWARD_API:
				return basicSetDownwardAPI(null, msgs);
			case CoreV1Package.VOLUME_PROJECTION__POD_CERTIFICATE:
				return basicSetPodCertificate(null, msgs);
			case CoreV1Package.VOLUME_PROJECTION__SECRET:
				return basicSetSecret(null, msgs);
			case CoreV1Package.VOLUME_PROJECTION__SERVICE_ACCOUNT_TOKEN:
				return basicSetServiceAccountToken(null, msgs);
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
			case CoreV1Package.VOLUME_PROJECTION__CLUSTER_TRUST_BUNDLE:
				return getClusterTrustBundle();
			case CoreV1Package.VOLUME_PROJECTION__CONFIG_MAP:
				return getConfigMap();
			case CoreV1Package.VOLUME_PROJECTION__DOWNWARD_API:
				return getDownwardAPI();
			case CoreV1Package.VOLUME_PROJECTION__POD_CERTIFICATE:
				return getPodCertificate();
			case CoreV1Package.VOLUME_PROJECTION__SECRET:
				return getSecret();
			case CoreV1Package.VOLUME_PROJECTION__SERVICE_ACCOUNT_TOKEN:
				return getServiceAccountToken();
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
			case CoreV1Package.VOLUME_PROJECTION__CLUSTER_TRUST_BUNDLE:
				setClusterTrustBundle((ClusterTrustBundleProjection)newValue);
				return;
			case CoreV1Package.VOLUME_PROJECTION__CONFIG_MAP:
				setConfigMap((ConfigMapProjection)newValue);
				return;
			case CoreV1Package.VOLUME_PROJECTION__DOWNWARD_API:
				setDownwardAPI((DownwardAPIProjection)newValue);
				return;
			case CoreV1Package.VOLUME_PROJECTION__POD_CERTIFICATE:
				setPodCertificate((PodCertificateProjection)newValue);
				return;
			case CoreV1Package.VOLUME_PROJECTION__SECRET:
				setSecret((SecretProjection)newValue);
				return;
			case CoreV1Package.VOLUME_PROJECTION__SERVICE_ACCOUNT_TOKEN:
				setServiceAccountToken((ServiceAccountTokenProjection)newValue);
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
			case CoreV1Package.VOLUME_PROJECTION__CLUSTER_TRUST_BUNDLE:
				setClusterTrustBundle((ClusterTrustBundleProjection)null);
				return;
			case CoreV1Package.VOLUME_PROJECTION__CONFIG_MAP:
				setConfigMap((ConfigMapProjection)null);
				return;
			case CoreV1Package.VOLUME_PROJECTION__DOWNWARD_API:
				setDownwardAPI((DownwardAPIProjection)null);
				return;
			case CoreV1Package.VOLUME_PROJECTION__POD_CERTIFICATE:
				setPodCertificate((PodCertificateProjection)null);
				return;
			case CoreV1Package.VOLUME_PROJECTION__SECRET:
				setSecret((SecretProjection)null);
				return;
			case CoreV1Package.VOLUME_PROJECTION__SERVICE_ACCOUNT_TOKEN:
				setServiceAccountToken((ServiceAccountTokenProjection)null);
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
			case CoreV1Package.VOLUME_PROJECTION__CLUSTER_TRUST_BUNDLE:
				return clusterTrustBundle != null;
			case CoreV1Package.VOLUME_PROJECTION__CONFIG_MAP:
				return configMap != null;
			case CoreV1Package.VOLUME_PROJECTION__DOWNWARD_API:
				return downwardAPI != null;
			case CoreV1Package.VOLUME_PROJECTION__POD_CERTIFICATE:
				return podCertificate != null;
			case CoreV1Package.VOLUME_PROJECTION__SECRET:
				return secret != null;
			case CoreV1Package.VOLUME_PROJECTION__SERVICE_ACCOUNT_TOKEN:
				return serviceAccountToken != null;
		}
		return super.eIsSet(featureID);
	}

} //VolumeProjectionImpl
