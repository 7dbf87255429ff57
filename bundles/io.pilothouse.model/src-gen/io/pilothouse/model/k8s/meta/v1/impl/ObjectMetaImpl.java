/**
 */
package io.pilothouse.model.k8s.meta.v1.impl;

import io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry;
import io.pilothouse.model.k8s.meta.v1.MetaV1Package;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.k8s.meta.v1.OwnerReference;

import io.pilothouse.model.types.Time;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Object Meta</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ObjectMetaImpl#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ObjectMetaImpl#getCreationTimestamp <em>Creation Timestamp</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ObjectMetaImpl#getDeletionGracePeriodSeconds <em>Deletion Grace Period Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ObjectMetaImpl#getDeletionTimestamp <em>Deletion Timestamp</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ObjectMetaImpl#getFinalizers <em>Finalizers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ObjectMetaImpl#getGenerateName <em>Generate Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ObjectMetaImpl#getGeneration <em>Generation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ObjectMetaImpl#getLabels <em>Labels</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ObjectMetaImpl#getManagedFields <em>Managed Fields</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ObjectMetaImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ObjectMetaImpl#getNamespace <em>Namespace</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ObjectMetaImpl#getOwnerReferences <em>Owner References</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ObjectMetaImpl#getResourceVersion <em>Resource Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ObjectMetaImpl#getSelfLink <em>Self Link</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ObjectMetaImpl#getUid <em>Uid</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ObjectMetaImpl extends MinimalEObjectImpl.Container implements ObjectMeta {
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
	 * The default value of the '{@link #getCreationTimestamp() <em>Creation Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreationTimestamp()
	 * @generated
	 * @ordered
	 */
	protected static final Time CREATION_TIMESTAMP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreationTimestamp() <em>Creation Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreationTimestamp()
	 * @generated
	 * @ordered
	 */
	protected Time creationTimestamp = CREATION_TIMESTAMP_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeletionGracePeriodSeconds() <em>Deletion Grace Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletionGracePeriodSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Long DELETION_GRACE_PERIOD_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeletionGracePeriodSeconds() <em>Deletion Grace Period Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletionGracePeriodSeconds()
	 * @generated
	 * @ordered
	 */
	protected Long deletionGracePeriodSeconds = DELETION_GRACE_PERIOD_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeletionTimestamp() <em>Deletion Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletionTimestamp()
	 * @generated
	 * @ordered
	 */
	protected static final Time DELETION_TIMESTAMP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeletionTimestamp() <em>Deletion Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletionTimestamp()
	 * @generated
	 * @ordered
	 */
	protected Time deletionTimestamp = DELETION_TIMESTAMP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFinalizers() <em>Finalizers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinalizers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> finalizers;

	/**
	 * The default value of the '{@link #getGenerateName() <em>Generate Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGenerateName()
	 * @generated
	 * @ordered
	 */
	protected static final String GENERATE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGenerateName() <em>Generate Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGenerateName()
	 * @generated
	 * @ordered
	 */
	protected String generateName = GENERATE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getGeneration() <em>Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneration()
	 * @generated
	 * @ordered
	 */
	protected static final Long GENERATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGeneration() <em>Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneration()
	 * @generated
	 * @ordered
	 */
	protected Long generation = GENERATION_EDEFAULT;

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
	 * The cached value of the '{@link #getManagedFields() <em>Managed Fields</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagedFields()
	 * @generated
	 * @ordered
	 */
	protected EList<ManagedFieldsEntry> managedFields;

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
	 * The default value of the '{@link #getNamespace() <em>Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamespace()
	 * @generated
	 * @ordered
	 */
	protected static final String NAMESPACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNamespace() <em>Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamespace()
	 * @generated
	 * @ordered
	 */
	protected String namespace = NAMESPACE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwnerReferences() <em>Owner References</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerReferences()
	 * @generated
	 * @ordered
	 */
	protected EList<OwnerReference> ownerReferences;

	/**
	 * The default value of the '{@link #getResourceVersion() <em>Resource Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOURCE_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResourceVersion() <em>Resource Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceVersion()
	 * @generated
	 * @ordered
	 */
	protected String resourceVersion = RESOURCE_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSelfLink() <em>Self Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelfLink()
	 * @generated
	 * @ordered
	 */
	protected static final String SELF_LINK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSelfLink() <em>Self Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelfLink()
	 * @generated
	 * @ordered
	 */
	protected String selfLink = SELF_LINK_EDEFAULT;

	/**
	 * The default value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected static final String UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected String uid = UID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ObjectMetaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MetaV1Package.Literals.OBJECT_META;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getAnnotations() {
		if (annotations == null) {
			annotations = new EcoreEMap<String,String>(MetaV1Package.Literals.STRING_MAP_ENTRY, StringMapEntryImpl.class, this, MetaV1Package.OBJECT_META__ANNOTATIONS);
		}
		return annotations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getCreationTimestamp() {
		return creationTimestamp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreationTimestamp(Time newCreationTimestamp) {
		Time oldCreationTimestamp = creationTimestamp;
		creationTimestamp = newCreationTimestamp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.OBJECT_META__CREATION_TIMESTAMP, oldCreationTimestamp, creationTimestamp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getDeletionGracePeriodSeconds() {
		return deletionGracePeriodSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeletionGracePeriodSeconds(Long newDeletionGracePeriodSeconds) {
		Long oldDeletionGracePeriodSeconds = deletionGracePeriodSeconds;
		deletionGracePeriodSeconds = newDeletionGracePeriodSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.OBJECT_META__DELETION_GRACE_PERIOD_SECONDS, oldDeletionGracePeriodSeconds, deletionGracePeriodSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getDeletionTimestamp() {
		return deletionTimestamp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeletionTimestamp(Time newDeletionTimestamp) {
		Time oldDeletionTimestamp = deletionTimestamp;
		deletionTimestamp = newDeletionTimestamp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.OBJECT_META__DELETION_TIMESTAMP, oldDeletionTimestamp, deletionTimestamp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFinalizers() {
		if (finalizers == null) {
			finalizers = new EDataTypeUniqueEList<String>(String.class, this, MetaV1Package.OBJECT_META__FINALIZERS);
		}
		return finalizers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGenerateName() {
		return generateName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGenerateName(String newGenerateName) {
		String oldGenerateName = generateName;
		generateName = newGenerateName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.OBJECT_META__GENERATE_NAME, oldGenerateName, generateName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getGeneration() {
		return generation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGeneration(Long newGeneration) {
		Long oldGeneration = generation;
		generation = newGeneration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.OBJECT_META__GENERATION, oldGeneration, generation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getLabels() {
		if (labels == null) {
			labels = new EcoreEMap<String,String>(MetaV1Package.Literals.STRING_MAP_ENTRY, StringMapEntryImpl.class, this, MetaV1Package.OBJECT_META__LABELS);
		}
		return labels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ManagedFieldsEntry> getManagedFields() {
		if (managedFields == null) {
			managedFields = new EObjectContainmentEList<ManagedFieldsEntry>(ManagedFieldsEntry.class, this, MetaV1Package.OBJECT_META__MANAGED_FIELDS);
		}
		return managedFields;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.OBJECT_META__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNamespace() {
		return namespace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNamespace(String newNamespace) {
		String oldNamespace = namespace;
		namespace = newNamespace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.OBJECT_META__NAMESPACE, oldNamespace, namespace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OwnerReference> getOwnerReferences() {
		if (ownerReferences == null) {
			ownerReferences = new EObjectContainmentEList<OwnerReference>(OwnerReference.class, this, MetaV1Package.OBJECT_META__OWNER_REFERENCES);
		}
		return ownerReferences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResourceVersion() {
		return resourceVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceVersion(String newResourceVersion) {
		String oldResourceVersion = resourceVersion;
		resourceVersion = newResourceVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.OBJECT_META__RESOURCE_VERSION, oldResourceVersion, resourceVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSelfLink() {
		return selfLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSelfLink(String newSelfLink) {
		String oldSelfLink = selfLink;
		selfLink = newSelfLink;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.OBJECT_META__SELF_LINK, oldSelfLink, selfLink));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUid() {
		return uid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUid(String newUid) {
		String oldUid = uid;
		uid = newUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.OBJECT_META__UID, oldUid, uid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MetaV1Package.OBJECT_META__ANNOTATIONS:
				return ((InternalEList<?>)getAnnotations()).basicRemove(otherEnd, msgs);
			case MetaV1Package.OBJECT_META__LABELS:
				return ((InternalEList<?>)getLabels()).basicRemove(otherEnd, msgs);
			case MetaV1Package.OBJECT_META__MANAGED_FIELDS:
				return ((InternalEList<?>)getManagedFields()).basicRemove(otherEnd, msgs);
			case MetaV1Package.OBJECT_META__OWNER_REFERENCES:
				return ((InternalEList<?>)getOwnerReferences()).basicRemove(otherEnd, msgs);
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
			case MetaV1Package.OBJECT_META__ANNOTATIONS:
				if (coreType) return getAnnotations();
				else return getAnnotations().map();
			case MetaV1Package.OBJECT_META__CREATION_TIMESTAMP:
				return getCreationTimestamp();
			case MetaV1Package.OBJECT_META__DELETION_GRACE_PERIOD_SECONDS:
				return getDeletionGracePeriodSeconds();
			case MetaV1Package.OBJECT_META__DELETION_TIMESTAMP:
				return getDeletionTimestamp();
			case MetaV1Package.OBJECT_META__FINALIZERS:
				return getFinalizers();
			case MetaV1Package.OBJECT_META__GENERATE_NAME:
				return getGenerateName();
			case MetaV1Package.OBJECT_META__GENERATION:
				return getGeneration();
			case MetaV1Package.OBJECT_META__LABELS:
				if (coreType) return getLabels();
				else return getLabels().map();
			case MetaV1Package.OBJECT_META__MANAGED_FIELDS:
				return getManagedFields();
			case MetaV1Package.OBJECT_META__NAME:
				return getName();
			case MetaV1Package.OBJECT_META__NAMESPACE:
				return getNamespace();
			case MetaV1Package.OBJECT_META__OWNER_REFERENCES:
				return getOwnerReferences();
			case MetaV1Package.OBJECT_META__RESOURCE_VERSION:
				return getResourceVersion();
			case MetaV1Package.OBJECT_META__SELF_LINK:
				return getSelfLink();
			case MetaV1Package.OBJECT_META__UID:
				return getUid();
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
			case MetaV1Package.OBJECT_META__ANNOTATIONS:
				((EStructuralFeature.Setting)getAnnotations()).set(newValue);
				return;
			case MetaV1Package.OBJECT_META__CREATION_TIMESTAMP:
				setCreationTimestamp((Time)newValue);
				return;
			case MetaV1Package.OBJECT_META__DELETION_GRACE_PERIOD_SECONDS:
				setDeletionGracePeriodSeconds((Long)newValue);
				return;
			case MetaV1Package.OBJECT_META__DELETION_TIMESTAMP:
				setDeletionTimestamp((Time)newValue);
				return;
			case MetaV1Package.OBJECT_META__FINALIZERS:
				getFinalizers().clear();
				getFinalizers().addAll((Collection<? extends String>)newValue);
				return;
			case MetaV1Package.OBJECT_META__GENERATE_NAME:
				setGenerateName((String)newValue);
				return;
			case MetaV1Package.OBJECT_META__GENERATION:
				setGeneration((Long)newValue);
				return;
			case MetaV1Package.OBJECT_META__LABELS:
				((EStructuralFeature.Setting)getLabels()).set(newValue);
				return;
			case MetaV1Package.OBJECT_META__MANAGED_FIELDS:
				getManagedFields().clear();
				getManagedFields().addAll((Collection<? extends ManagedFieldsEntry>)newValue);
				return;
			case MetaV1Package.OBJECT_META__NAME:
				setName((String)newValue);
				return;
			case MetaV1Package.OBJECT_META__NAMESPACE:
				setNamespace((String)newValue);
				return;
			case MetaV1Package.OBJECT_META__OWNER_REFERENCES:
				getOwnerReferences().clear();
				getOwnerReferences().addAll((Collection<? extends OwnerReference>)newValue);
				return;
			case MetaV1Package.OBJECT_META__RESOURCE_VERSION:
				setResourceVersion((String)newValue);
				return;
			case MetaV1Package.OBJECT_META__SELF_LINK:
				setSelfLink((String)newValue);
				return;
			case MetaV1Package.OBJECT_META__UID:
				setUid((String)newValue);
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
			case MetaV1Package.OBJECT_META__ANNOTATIONS:
				getAnnotations().clear();
				return;
			case MetaV1Package.OBJECT_META__CREATION_TIMESTAMP:
				setCreationTimestamp(CREATION_TIMESTAMP_EDEFAULT);
				return;
			case MetaV1Package.OBJECT_META__DELETION_GRACE_PERIOD_SECONDS:
				setDeletionGracePeriodSeconds(DELETION_GRACE_PERIOD_SECONDS_EDEFAULT);
				return;
			case MetaV1Package.OBJECT_META__DELETION_TIMESTAMP:
				setDeletionTimestamp(DELETION_TIMESTAMP_EDEFAULT);
				return;
			case MetaV1Package.OBJECT_META__FINALIZERS:
				getFinalizers().clear();
				return;
			case MetaV1Package.OBJECT_META__GENERATE_NAME:
				setGenerateName(GENERATE_NAME_EDEFAULT);
				return;
			case MetaV1Package.OBJECT_META__GENERATION:
				setGeneration(GENERATION_EDEFAULT);
				return;
			case MetaV1Package.OBJECT_META__LABELS:
				getLabels().clear();
				return;
			case MetaV1Package.OBJECT_META__MANAGED_FIELDS:
				getManagedFields().clear();
				return;
			case MetaV1Package.OBJECT_META__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MetaV1Package.OBJECT_META__NAMESPACE:
				setNamespace(NAMESPACE_EDEFAULT);
				return;
			case MetaV1Package.OBJECT_META__OWNER_REFERENCES:
				getOwnerReferences().clear();
				return;
			case MetaV1Package.OBJECT_META__RESOURCE_VERSION:
				setResourceVersion(RESOURCE_VERSION_EDEFAULT);
				return;
			case MetaV1Package.OBJECT_META__SELF_LINK:
				setSelfLink(SELF_LINK_EDEFAULT);
				return;
			case MetaV1Package.OBJECT_META__UID:
				setUid(UID_EDEFAULT);
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
			case MetaV1Package.OBJECT_META__ANNOTATIONS:
				return annotations != null && !annotations.isEmpty();
			case MetaV1Package.OBJECT_META__CREATION_TIMESTAMP:
				return CREATION_TIMESTAMP_EDEFAULT == null ? creationTimestamp != null : !CREATION_TIMESTAMP_EDEFAULT.equals(creationTimestamp);
			case MetaV1Package.OBJECT_META__DELETION_GRACE_PERIOD_SECONDS:
				return DELETION_GRACE_PERIOD_SECONDS_EDEFAULT == null ? deletionGracePeriodSeconds != null : !DELETION_GRACE_PERIOD_SECONDS_EDEFAULT.equals(deletionGracePeriodSeconds);
			case MetaV1Package.OBJECT_META__DELETION_TIMESTAMP:
				return DELETION_TIMESTAMP_EDEFAULT == null ? deletionTimestamp != null : !DELETION_TIMESTAMP_EDEFAULT.equals(deletionTimestamp);
			case MetaV1Package.OBJECT_META__FINALIZERS:
				return finalizers != null && !finalizers.isEmpty();
			case MetaV1Package.OBJECT_META__GENERATE_NAME:
				return GENERATE_NAME_EDEFAULT == null ? generateName != null : !GENERATE_NAME_EDEFAULT.equals(generateName);
			case MetaV1Package.OBJECT_META__GENERATION:
				return GENERATION_EDEFAULT == null ? generation != null : !GENERATION_EDEFAULT.equals(generation);
			case MetaV1Package.OBJECT_META__LABELS:
				return labels != null && !labels.isEmpty();
			case MetaV1Package.OBJECT_META__MANAGED_FIELDS:
				return managedFields != null && !managedFields.isEmpty();
			case MetaV1Package.OBJECT_META__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MetaV1Package.OBJECT_META__NAMESPACE:
				return NAMESPACE_EDEFAULT == null ? namespace != null : !NAMESPACE_EDEFAULT.equals(namespace);
			case MetaV1Package.OBJECT_META__OWNER_REFERENCES:
				return ownerReferences != null && !ownerReferences.isEmpty();
			case MetaV1Package.OBJECT_META__RESOURCE_VERSION:
				return RESOURCE_VERSION_EDEFAULT == null ? resourceVersion != null : !RESOURCE_VERSION_EDEFAULT.equals(resourceVersion);
			case MetaV1Package.OBJECT_META__SELF_LINK:
				return SELF_LINK_EDEFAULT == null ? selfLink != null : !SELF_LINK_EDEFAULT.equals(selfLink);
			case MetaV1Package.OBJECT_META__UID:
				return UID_EDEFAULT == null ? uid != null : !UID_EDEFAULT.equals(uid);
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
		result.append(" (creationTimestamp: ");
		result.append(creationTimestamp);
		result.append(", deletionGracePeriodSeconds: ");
		result.append(deletionGracePeriodSeconds);
		result.append(", deletionTimestamp: ");
		result.append(deletionTimestamp);
		result.append(", finalizers: ");
		result.append(finalizers);
		result.append(", generateName: ");
		result.append(generateName);
		result.append(", generation: ");
		result.append(generation);
		result.append(", name: ");
		result.append(name);
		result.append(", namespace: ");
		result.append(namespace);
		result.append(", resourceVersion: ");
		result.append(resourceVersion);
		result.append(", selfLink: ");
		result.append(selfLink);
		result.append(", uid: ");
		result.append(uid);
		result.append(')');
		return result.toString();
	}

} //ObjectMetaImpl
