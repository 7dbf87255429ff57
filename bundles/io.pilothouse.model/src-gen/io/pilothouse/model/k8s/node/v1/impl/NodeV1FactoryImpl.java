/**
 */
package io.pilothouse.model.k8s.node.v1.impl;

import io.pilothouse.model.k8s.node.v1.*;

import io.pilothouse.model.types.Quantity;

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
public class NodeV1FactoryImpl extends EFactoryImpl implements NodeV1Factory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static NodeV1Factory init() {
		try {
			NodeV1Factory theNodeV1Factory = (NodeV1Factory)EPackage.Registry.INSTANCE.getEFactory(NodeV1Package.eNS_URI);
			if (theNodeV1Factory != null) {
				return theNodeV1Factory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new NodeV1FactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NodeV1FactoryImpl() {
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
			case NodeV1Package.OVERHEAD: return createOverhead();
			case NodeV1Package.RUNTIME_CLASS: return createRuntimeClass();
			case NodeV1Package.RUNTIME_CLASS_LIST: return createRuntimeClassList();
			case NodeV1Package.SCHEDULING: return createScheduling();
			case NodeV1Package.QUANTITY_MAP_ENTRY: return (EObject)createQuantityMapEntry();
			case NodeV1Package.STRING_MAP_ENTRY: return (EObject)createStringMapEntry();
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
	public Overhead createOverhead() {
		OverheadImpl overhead = new OverheadImpl();
		return overhead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuntimeClass createRuntimeClass() {
		RuntimeClassImpl runtimeClass = new RuntimeClassImpl();
		return runtimeClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuntimeClassList createRuntimeClassList() {
		RuntimeClassListImpl runtimeClassList = new RuntimeClassListImpl();
		return runtimeClassList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scheduling createScheduling() {
		SchedulingImpl scheduling = new SchedulingImpl();
		return scheduling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, Quantity> createQuantityMapEntry() {
		QuantityMapEntryImpl quantityMapEntry = new QuantityMapEntryImpl();
		return quantityMapEntry;
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
	public NodeV1Package getNodeV1Package() {
		return (NodeV1Package)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static NodeV1Package getPackage() {
		return NodeV1Package.eINSTANCE;
	}

} //NodeV1FactoryImpl
