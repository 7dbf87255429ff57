/**
 */
package io.pilothouse.model.k8s.discovery.v1.impl;

import io.pilothouse.model.k8s.discovery.v1.*;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
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
public class DiscoveryV1FactoryImpl extends EFactoryImpl implements DiscoveryV1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static DiscoveryV1Factory init() {
		try {
			DiscoveryV1Factory theDiscoveryV1Factory = (DiscoveryV1Factory)EPackage.Registry.INSTANCE.getEFactory(DiscoveryV1Package.eNS_URI);
			if (theDiscoveryV1Factory != null) {
				return theDiscoveryV1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new DiscoveryV1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiscoveryV1FactoryImpl() {
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
			case DiscoveryV1Package.ENDPOINT: return createEndpoint();
			case DiscoveryV1Package.ENDPOINT_CONDITIONS: return createEndpointConditions();
			case DiscoveryV1Package.ENDPOINT_HINTS: return createEndpointHints();
			case DiscoveryV1Package.ENDPOINT_PORT: return createEndpointPort();
			case DiscoveryV1Package.ENDPOINT_SLICE: return createEndpointSlice();
			case DiscoveryV1Package.ENDPOINT_SLICE_LIST: return createEndpointSliceList();
			case DiscoveryV1Package.FOR_NODE: return createForNode();
			case DiscoveryV1Package.FOR_ZONE: return createForZone();
			case DiscoveryV1Package.STRING_MAP_ENTRY: return (EObject)createStringMapEntry();
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
	public Endpoint createEndpoint() {
		EndpointImpl endpoint = new EndpointImpl();
		return endpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndpointConditions createEndpointConditions() {
		EndpointConditionsImpl endpointConditions = new EndpointConditionsImpl();
		return endpointConditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndpointHints createEndpointHints() {
		EndpointHintsImpl endpointHints = new EndpointHintsImpl();
		return endpointHints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndpointPort createEndpointPort() {
		EndpointPortImpl endpointPort = new EndpointPortImpl();
		return endpointPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndpointSlice createEndpointSlice() {
		EndpointSliceImpl endpointSlice = new EndpointSliceImpl();
		return endpointSlice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndpointSliceList createEndpointSliceList() {
		EndpointSliceListImpl endpointSliceList = new EndpointSliceListImpl();
		return endpointSliceList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ForNode createForNode() {
		ForNodeImpl forNode = new ForNodeImpl();
		return forNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ForZone createForZone() {
		ForZoneImpl forZone = new ForZoneImpl();
		return forZone;
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
	@Override
	public DiscoveryV1Package getDiscoveryV1Package() {
		return (DiscoveryV1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static DiscoveryV1Package getPackage() {
		return DiscoveryV1Package.eINSTANCE;
	}

} //DiscoveryV1FactoryImpl
