/**
 */
package io.pilothouse.model.k8s.meta.v1.impl;

import com.fasterxml.jackson.databind.JsonNode;

import io.pilothouse.model.k8s.meta.v1.*;

import io.pilothouse.model.types.Duration;
import io.pilothouse.model.types.IntOrString;
import io.pilothouse.model.types.MicroTime;
import io.pilothouse.model.types.Quantity;
import io.pilothouse.model.types.Time;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class MetaV1FactoryImpl extends EFactoryImpl implements MetaV1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static MetaV1Factory init() {
		try {
			MetaV1Factory theMetaV1Factory = (MetaV1Factory)EPackage.Registry.INSTANCE.getEFactory(MetaV1Package.eNS_URI);
			if (theMetaV1Factory != null) {
				return theMetaV1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new MetaV1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MetaV1FactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case MetaV1Package.API_GROUP: return createAPIGroup();
			case MetaV1Package.API_GROUP_LIST: return createAPIGroupList();
			case MetaV1Package.API_RESOURCE: return createAPIResource();
			case MetaV1Package.API_RESOURCE_LIST: return createAPIResourceList();
			case MetaV1Package.API_VERSIONS: return createAPIVersions();
			case MetaV1Package.CONDITION: return createCondition();
			case MetaV1Package.DELETE_OPTIONS: return createDeleteOptions();
			case MetaV1Package.FIELD_SELECTOR_REQUIREMENT: return createFieldSelectorRequirement();
			case MetaV1Package.GROUP_RESOURCE: return createGroupResource();
			case MetaV1Package.GROUP_VERSION_FOR_DISCOVERY: return createGroupVersionForDiscovery();
			case MetaV1Package.LABEL_SELECTOR: return createLabelSelector();
			case MetaV1Package.LABEL_SELECTOR_REQUIREMENT: return createLabelSelectorRequirement();
			case MetaV1Package.LIST_META: return createListMeta();
			case MetaV1Package.MANAGED_FIELDS_ENTRY: return createManagedFieldsEntry();
			case MetaV1Package.OBJECT_META: return createObjectMeta();
			case MetaV1Package.OWNER_REFERENCE: return createOwnerReference();
			case MetaV1Package.PRECONDITIONS: return createPreconditions();
			case MetaV1Package.SERVER_ADDRESS_BY_CLIENT_CIDR: return createServerAddressByClientCIDR();
			case MetaV1Package.SHARD_INFO: return createShardInfo();
			case MetaV1Package.STATUS: return createStatus();
			case MetaV1Package.STATUS_CAUSE: return createStatusCause();
			case MetaV1Package.STATUS_DETAILS: return createStatusDetails();
			case MetaV1Package.WATCH_EVENT: return createWatchEvent();
			case MetaV1Package.INFO: return createInfo();
			case MetaV1Package.STRING_MAP_ENTRY: return (EObject)createStringMapEntry();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case MetaV1Package.QUANTITY:
				return createQuantityFromString(eDataType, initialValue);
			case MetaV1Package.INT_OR_STRING:
				return createIntOrStringFromString(eDataType, initialValue);
			case MetaV1Package.TIME:
				return createTimeFromString(eDataType, initialValue);
			case MetaV1Package.MICRO_TIME:
				return createMicroTimeFromString(eDataType, initialValue);
			case MetaV1Package.DURATION:
				return createDurationFromString(eDataType, initialValue);
			case MetaV1Package.JSON:
				return createJSONFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case MetaV1Package.QUANTITY:
				return convertQuantityToString(eDataType, instanceValue);
			case MetaV1Package.INT_OR_STRING:
				return convertIntOrStringToString(eDataType, instanceValue);
			case MetaV1Package.TIME:
				return convertTimeToString(eDataType, instanceValue);
			case MetaV1Package.MICRO_TIME:
				return convertMicroTimeToString(eDataType, instanceValue);
			case MetaV1Package.DURATION:
				return convertDurationToString(eDataType, instanceValue);
			case MetaV1Package.JSON:
				return convertJSONToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public APIGroup createAPIGroup() {
		APIGroupImpl apiGroup = new APIGroupImpl();
		return apiGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public APIGroupList createAPIGroupList() {
		APIGroupListImpl apiGroupList = new APIGroupListImpl();
		return apiGroupList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public APIResource createAPIResource() {
		APIResourceImpl apiResource = new APIResourceImpl();
		return apiResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public APIResourceList createAPIResourceList() {
		APIResourceListImpl apiResourceList = new APIResourceListImpl();
		return apiResourceList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public APIVersions createAPIVersions() {
		APIVersionsImpl apiVersions = new APIVersionsImpl();
		return apiVersions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Condition createCondition() {
		ConditionImpl condition = new ConditionImpl();
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeleteOptions createDeleteOptions() {
		DeleteOptionsImpl deleteOptions = new DeleteOptionsImpl();
		return deleteOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FieldSelectorRequirement createFieldSelectorRequirement() {
		FieldSelectorRequirementImpl fieldSelectorRequirement = new FieldSelectorRequirementImpl();
		return fieldSelectorRequirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GroupResource createGroupResource() {
		GroupResourceImpl groupResource = new GroupResourceImpl();
		return groupResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GroupVersionForDiscovery createGroupVersionForDiscovery() {
		GroupVersionForDiscoveryImpl groupVersionForDiscovery = new GroupVersionForDiscoveryImpl();
		return groupVersionForDiscovery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelSelector createLabelSelector() {
		LabelSelectorImpl labelSelector = new LabelSelectorImpl();
		return labelSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelSelectorRequirement createLabelSelectorRequirement() {
		LabelSelectorRequirementImpl labelSelectorRequirement = new LabelSelectorRequirementImpl();
		return labelSelectorRequirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListMeta createListMeta() {
		ListMetaImpl listMeta = new ListMetaImpl();
		return listMeta;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ManagedFieldsEntry createManagedFieldsEntry() {
		ManagedFieldsEntryImpl managedFieldsEntry = new ManagedFieldsEntryImpl();
		return managedFieldsEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectMeta createObjectMeta() {
		ObjectMetaImpl objectMeta = new ObjectMetaImpl();
		return objectMeta;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OwnerReference createOwnerReference() {
		OwnerReferenceImpl ownerReference = new OwnerReferenceImpl();
		return ownerReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Preconditions createPreconditions() {
		PreconditionsImpl preconditions = new PreconditionsImpl();
		return preconditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServerAddressByClientCIDR createServerAddressByClientCIDR() {
		ServerAddressByClientCIDRImpl serverAddressByClientCIDR = new ServerAddressByClientCIDRImpl();
		return serverAddressByClientCIDR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ShardInfo createShardInfo() {
		ShardInfoImpl shardInfo = new ShardInfoImpl();
		return shardInfo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Status createStatus() {
		StatusImpl status = new StatusImpl();
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatusCause createStatusCause() {
		StatusCauseImpl statusCause = new StatusCauseImpl();
		return statusCause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatusDetails createStatusDetails() {
		StatusDetailsImpl statusDetails = new StatusDetailsImpl();
		return statusDetails;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WatchEvent createWatchEvent() {
		WatchEventImpl watchEvent = new WatchEventImpl();
		return watchEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Info createInfo() {
		InfoImpl info = new InfoImpl();
		return info;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, String> createStringMapEntry() {
		StringMapEntryImpl stringMapEntry = new StringMapEntryImpl();
		return stringMapEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Quantity createQuantity(final String it) {
		return it == null ? null : io.pilothouse.model.types.Quantity.valueOf(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Quantity createQuantityFromString(EDataType eDataType, String initialValue) {
		return createQuantity(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQuantity(final Quantity it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQuantityToString(EDataType eDataType, Object instanceValue) {
		return convertQuantity((Quantity)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IntOrString createIntOrString(final String it) {
		return it == null ? null : io.pilothouse.model.types.IntOrString.valueOf(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IntOrString createIntOrStringFromString(EDataType eDataType, String initialValue) {
		return createIntOrString(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIntOrString(final IntOrString it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIntOrStringToString(EDataType eDataType, Object instanceValue) {
		return convertIntOrString((IntOrString)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Time createTime(final String it) {
		return it == null ? null : io.pilothouse.model.types.Time.valueOf(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Time createTimeFromString(EDataType eDataType, String initialValue) {
		return createTime(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTime(final Time it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTimeToString(EDataType eDataType, Object instanceValue) {
		return convertTime((Time)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MicroTime createMicroTime(final String it) {
		return it == null ? null : io.pilothouse.model.types.MicroTime.valueOf(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MicroTime createMicroTimeFromString(EDataType eDataType, String initialValue) {
		return createMicroTime(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMicroTime(final MicroTime it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMicroTimeToString(EDataType eDataType, Object instanceValue) {
		return convertMicroTime((MicroTime)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Duration createDuration(final String it) {
		return it == null ? null : io.pilothouse.model.types.Duration.valueOf(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Duration createDurationFromString(EDataType eDataType, String initialValue) {
		return createDuration(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDuration(final Duration it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDurationToString(EDataType eDataType, Object instanceValue) {
		return convertDuration((Duration)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JsonNode createJSON(final String it) {
		if (it == null) {
		    return null;
		}
		try {
		    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(it);
		} catch (java.io.IOException e) {
		    throw new IllegalArgumentException(e);
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JsonNode createJSONFromString(EDataType eDataType, String initialValue) {
		return createJSON(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertJSON(final JsonNode it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertJSONToString(EDataType eDataType, Object instanceValue) {
		return convertJSON((JsonNode)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetaV1Package getMetaV1Package() {
		return (MetaV1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static MetaV1Package getPackage() {
		return MetaV1Package.eINSTANCE;
	}

} //MetaV1FactoryImpl
